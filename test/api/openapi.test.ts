// The OpenAPI document: valid against the OpenAPI 3.1 schema, listing every route of the route table with
// its parameters, and the /api page rendered from it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { API_PREFIX, routes } from '../../src/api/index.js';
import { apiFixture, type ApiFixture } from '../helpers/api-server.js';

interface Json {
  [key: string]: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- the document is walked field by field
}

describe('openapi', () => {
  let f: ApiFixture;
  let doc: Json;
  before(async () => {
    f = await apiFixture({ articles: [] });
    const response = await f.app.inject({ url: '/openapi.json' });
    assert.equal(response.statusCode, 200);
    assert.match(response.headers['content-type'] as string, /application\/json/);
    doc = response.json<Json>();
  });
  after(async () => {
    await f.close();
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(doc);
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual(result.errors ?? [], [], 'schema errors');
    assert.equal(result.valid, true);
    const broken = await new Validator().validate({ ...doc, paths: { '/x': { get: { responses: 'none' } } } });
    assert.equal(broken.valid, false, 'the validator itself rejects a broken document');
  });

  it('lists every route of the route table, with its path parameters and its security', () => {
    assert.ok(routes.length >= 10);
    const listed = Object.entries(doc.paths as Json).flatMap(([path, ops]) =>
      Object.keys(ops as Json).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const expected = routes.map((r) => `${r.method} ${API_PREFIX}${r.path.replace(/:(\w+)/g, '{$1}')}`);
    assert.deepEqual(listed.sort(), expected.sort());
    for (const route of routes) {
      const path = `${API_PREFIX}${route.path.replace(/:(\w+)/g, '{$1}')}`;
      const op = doc.paths[path][route.method.toLowerCase()] as Json;
      const names = (op.parameters as Json[]).filter((p) => p.in === 'path').map((p) => p.name);
      assert.deepEqual(
        names,
        [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]),
        path,
      );
      assert.equal(Boolean(op.security), route.access === 'token', `${path} security`);
      assert.ok(op.responses[String(route.status)], `${path} success response`);
    }
  });

  it('documents what validation enforces: limits, enums, required body fields', () => {
    const devices = doc.paths[`${API_PREFIX}/devices`].get as Json;
    const limit = (devices.parameters as Json[]).find((p) => p.name === 'limit') as Json;
    assert.deepEqual([limit.schema.minimum, limit.schema.maximum, limit.schema.default], [1, 100, 20]);
    const order = (devices.parameters as Json[]).find((p) => p.name === 'order') as Json;
    assert.deepEqual(order.schema.enum, ['claims', 'recent', 'name']);
    const alias = doc.paths[`${API_PREFIX}/devices/{device}/aliases`].post as Json;
    assert.deepEqual(alias.requestBody.content['application/json'].schema.required, ['alias']);
    assert.equal(doc.components.securitySchemes.bearer.scheme, 'bearer');
  });

  it('/api is a readable page listing every operation, built from the document', async () => {
    const page = await f.app.inject({ url: '/api' });
    assert.equal(page.statusCode, 200);
    assert.match(page.headers['content-type'] as string, /text\/html/);
    for (const route of routes) {
      const path = `${API_PREFIX}${route.path.replace(/:(\w+)/g, '{$1}')}`;
      assert.ok(page.body.includes(`<code>${path}</code>`), path);
    }
    assert.ok(!page.body.includes('<script'), 'the page needs no script');
  });
});
