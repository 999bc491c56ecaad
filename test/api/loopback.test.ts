// The API over real HTTP on 127.0.0.1 against a real SQLite file: reads with ETags, a write with a token,
// and ingesting a page by URL from another loopback server.
import assert from 'node:assert/strict';
import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { listen } from '../../src/server/index.js';
import { apiFixture, type ApiFixture } from '../helpers/api-server.js';
import { startLoopbackServer, type LoopbackServer } from '../helpers/loopback-server.js';

interface Json {
  [key: string]: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field
}

const PAGE = `<!doctype html><html><head><title>Galaxy S40 Ultra weight leak</title>
<meta property="article:published_time" content="2031-05-28"><meta property="og:site_name" content="Gadget Post"></head>
<body><article><h1>Galaxy S40 Ultra weight leak</h1>
<p>The Samsung Galaxy S40 Ultra will weigh 228 grams and come with a 200MP main camera, according to a listing seen by Gadget Post.</p>
<p>We have no way to confirm the figures yet.</p></article></body></html>`;

/** A GET whose body comes back as sent: fetch would decompress it. */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject);
  });
}

describe('api over loopback HTTP', () => {
  let f: ApiFixture;
  let base: string;
  let site: LoopbackServer;
  before(async () => {
    site = await startLoopbackServer({
      '/leak.html': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      },
    });
    f = await apiFixture({ api: { allowPrivate: true } });
    base = await listen(f.app, { host: '127.0.0.1', port: 0 });
  });
  after(async () => {
    await f.close();
    await site.close();
  });

  it('serves reads with JSON, an ETag and 304 on revalidation', async () => {
    const first = await fetch(`${base}/api/v1/devices?q=pixel`);
    assert.equal(first.status, 200);
    assert.match(first.headers.get('content-type') ?? '', /application\/json/);
    const body = (await first.json()) as Json;
    assert.equal(body.items[0].name, 'Google Pixel 12 Pro');
    const etag = first.headers.get('etag') ?? '';
    const again = await fetch(`${base}/api/v1/devices?q=pixel`, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
  });

  it('sends a large read compressed when the client accepts it, with a weak ETag that revalidates', async () => {
    const path = '/api/v1/devices/Galaxy%20S40%20Ultra';
    const plain = await rawGet(`${base}${path}`, {});
    assert.equal(plain.status, 200);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(plain.body.length >= 1024, `the fixture device's JSON is ${plain.body.length} bytes`);
    assert.match(plain.headers.vary ?? '', /accept-encoding/i);
    for (const [accept, coding, decode] of [
      ['gzip, deflate, br', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
    ] as const) {
      const packed = await rawGet(`${base}${path}`, { 'accept-encoding': accept });
      assert.equal(packed.headers['content-encoding'], coding);
      assert.ok(packed.body.length < plain.body.length, `${coding}: ${packed.body.length} of ${plain.body.length}`);
      assert.deepEqual(decode(packed.body), plain.body);
      const etag = packed.headers.etag ?? '';
      assert.equal(etag, `W/${plain.headers.etag}`);
      const again = await rawGet(`${base}${path}`, { 'accept-encoding': accept, 'if-none-match': etag });
      assert.equal(again.status, 304);
      assert.equal(again.body.length, 0);
    }
  });

  it('ingests a page by URL with a token, and the claims show up in reads', async () => {
    const denied = await fetch(`${base}/api/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ url: `${site.url}/leak.html` }),
    });
    assert.equal(denied.status, 401);
    assert.equal(site.requests.length, 0, 'nothing is fetched for a refused write');
    const created = await fetch(`${base}/api/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${f.token}` },
      body: JSON.stringify({ url: `${site.url}/leak.html` }),
    });
    assert.equal(created.status, 201);
    const result = (await created.json()) as Json;
    assert.equal(result.articles[0].status, 'new');
    assert.ok(result.articles[0].claims >= 2);
    const claims = (await (await fetch(`${base}/api/v1/claims?publisher=Gadget%20Post`)).json()) as Json;
    assert.deepEqual(claims.items.map((c: Json) => c.attribute).sort(), ['rear_camera_mp', 'weight_g']);
    const article = (await (await fetch(`${base}/api/v1/articles/${result.articles[0].articleId}`)).json()) as Json;
    assert.equal(article.url, `${site.url}/leak.html`);
    for (const claim of article.claims) assert.equal(article.text.slice(claim.span[0], claim.span[1]), claim.quote);
  });

  it('a URL the fetcher cannot reach is a clear error naming it', async () => {
    const response = await fetch(`${base}/api/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${f.token}` },
      body: JSON.stringify({ url: `${site.url}/missing.html` }),
    });
    assert.equal(response.status, 502);
    const { error } = (await response.json()) as Json;
    assert.equal(error.type, 'FetchError');
    assert.equal(error.item, `${site.url}/missing.html`);
    assert.match(error.reason, /404/);
  });

  it('serves the web UI from the same process', async () => {
    const home = await fetch(`${base}/`);
    assert.equal(home.status, 200);
    assert.match(home.headers.get('content-type') ?? '', /text\/html/);
  });
});
