// Anything in a query string or body gets a 2xx or a clear 4xx with the error shape, never a 500.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { apiFixture, type ApiFixture } from '../helpers/api-server.js';

const KEYS = [
  'q',
  'limit',
  'offset',
  'order',
  'all',
  'device',
  'attribute',
  'certainty',
  'since',
  'until',
  'currency',
  'devices',
  'claimsLimit',
];
const PATHS = [
  '/api/v1/devices',
  '/api/v1/claims',
  '/api/v1/compare',
  '/api/v1/devices/Google%20Pixel%2012%20Pro',
  '/api/v1/sources',
];

describe('api fuzz', () => {
  let f: ApiFixture;
  before(async () => {
    // A rate limit would turn most fuzzed writes into 429s before validation ever saw them.
    f = await apiFixture({ api: { writeRateLimit: { max: 100_000, windowMs: 60_000 } } });
  });
  after(async () => {
    await f.close();
  });

  const checkShape = (status: number, body: string, context: string) => {
    assert.ok(status < 500, `${status} for ${context}: ${body}`);
    if (status >= 400) {
      const parsed = JSON.parse(body) as { error: { type: string; reason: string } };
      assert.equal(typeof parsed.error.type, 'string', context);
      assert.ok(parsed.error.reason.length > 0, context);
    }
  };

  it('query strings of any shape never make a read fail with 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...PATHS),
        fc.array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string()), fc.string()), { maxLength: 5 }),
        async (path, pairs) => {
          const query = new URLSearchParams(pairs).toString();
          const url = query ? `${path}?${query}` : path;
          const response = await f.app.inject({ method: 'GET', url });
          checkShape(response.statusCode, response.body, url);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('bodies of any shape never make a write fail with 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '/api/v1/articles',
          '/api/v1/devices/Pixel%2012%20Pro/aliases',
          '/api/v1/devices/Pixel%2012%20Pro/official',
        ),
        fc.oneof(
          fc.jsonValue(),
          fc.record(
            { text: fc.string(), url: fc.string(), values: fc.jsonValue(), alias: fc.string() },
            { requiredKeys: [] },
          ),
        ),
        async (url, payload) => {
          const response = await f.app.inject({
            method: 'POST',
            url,
            payload: JSON.stringify(payload),
            headers: { ...f.auth(), 'content-type': 'application/json' },
          });
          checkShape(response.statusCode, response.body, `${url} ${JSON.stringify(payload)}`);
        },
      ),
      { numRuns: 150 },
    );
  });
});
