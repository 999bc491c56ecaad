// Real HTTP over 127.0.0.1: the tests allow private addresses except where they test the refusal itself.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { startLoopbackServer, type LoopbackServer } from '../../../test/helpers/loopback-server.js';
import { FetchError } from '../../core/errors.js';
import { nonPublicKind } from './address-policy.js';
import { fetchWithPolicy } from './fetch-resource.js';
import { fetchResource, type FetchOptions } from './index.js';

const FEED = '<rss version="2.0"><channel><title>Leaks</title></channel></rss>';
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

let server: LoopbackServer;

before(async () => {
  server = await startLoopbackServer({
    '/feed': (_req, res) =>
      res
        .writeHead(200, {
          'content-type': 'application/rss+xml',
          etag: '"v1"',
          'last-modified': 'Mon, 01 Jan 2024 00:00:00 GMT',
        })
        .end(FEED),
    '/conditional': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304, { etag: '"v1"' }).end();
      res.writeHead(200, { etag: '"v1"' }).end(FEED);
    },
    '/dir/start': (_req, res) => res.writeHead(301, { location: '../hop?x=1' }).end(),
    '/hop': (_req, res) => res.writeHead(307, { location: '/feed' }).end(),
    '/loop': (_req, res) => res.writeHead(302, { location: '/loop' }).end(),
    '/to-private': (_req, res) => res.writeHead(302, { location: 'http://10.0.0.1/feed' }).end(),
    '/to-file': (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    '/silent': () => {
      // Never answers: the fetch has to give up on its own.
    },
    '/stall': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.write('<rss>');
    },
    '/big-declared': (_req, res) => res.writeHead(200, { 'content-length': '5000' }).end('x'.repeat(5000)),
    '/big-chunked': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 10; i++) res.write('y'.repeat(500));
      res.end();
    },
    '/gzip-bomb': (_req, res) =>
      res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(1024 * 1024))),
    '/gzip': (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(FEED)),
    '/br': (_req, res) => res.writeHead(200, { 'content-encoding': 'br' }).end(brotliCompressSync(FEED)),
    '/bad-gzip': (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end('not gzip at all'),
    '/gone': (_req, res) => res.writeHead(500).end('oops'),
    '/busy': (_req, res) => res.writeHead(503, { 'retry-after': '120' }).end(),
  });
});

after(() => server.close());

const allow: FetchOptions = { allowPrivate: true, timeoutMs: 2000 };

async function rejection(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof FetchError, `expected a FetchError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the fetch to fail');
}

describe('fetchResource', () => {
  it('fetch: returns the body, type and validators of a 200', async () => {
    const got = await fetchResource(`${server.url}/feed`, allow);
    assert.equal(got.status, 200);
    assert.equal(text(got.bytes), FEED);
    assert.equal(got.contentType, 'application/rss+xml');
    assert.equal(got.etag, '"v1"');
    assert.equal(got.lastModified, 'Mon, 01 Jan 2024 00:00:00 GMT');
    assert.equal(got.url, got.finalUrl);
    const sent = server.requests.at(-1);
    assert.match(String(sent?.headers['user-agent']), /^hearsay\//);
    assert.match(String(sent?.headers['accept-encoding']), /gzip/);
  });

  it('fetch: a matching etag gets a 304 with no body', async () => {
    const got = await fetchResource(`${server.url}/conditional`, { ...allow, etag: '"v1"' });
    assert.equal(got.status, 304);
    assert.equal(got.bytes.length, 0);
    assert.equal(got.etag, '"v1"');
    const fresh = await fetchResource(`${server.url}/conditional`, { ...allow, etag: '"v0"' });
    assert.equal(fresh.status, 200);
  });

  it('fetch: sends If-Modified-Since from lastModified', async () => {
    await fetchResource(`${server.url}/feed`, { ...allow, lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT' });
    assert.equal(server.requests.at(-1)?.headers['if-modified-since'], 'Mon, 01 Jan 2024 00:00:00 GMT');
  });

  it('fetch: follows relative redirects and reports where they led', async () => {
    const got = await fetchResource(`${server.url}/dir/start`, allow);
    assert.equal(text(got.bytes), FEED);
    assert.equal(got.url, `${server.url}/dir/start`);
    assert.equal(got.finalUrl, `${server.url}/feed`);
    assert.ok(server.requests.some((r) => r.path === '/hop?x=1'));
  });

  it('fetch: stops after maxRedirects', async () => {
    const error = await rejection(fetchResource(`${server.url}/loop`, allow));
    assert.equal(error.kind, 'redirects');
    assert.match(error.reason, /more than 5 redirects/);
    const short = await rejection(fetchResource(`${server.url}/dir/start`, { ...allow, maxRedirects: 1 }));
    assert.equal(short.kind, 'redirects');
  });

  it('fetch: refuses loopback addresses unless allowPrivate, before connecting', async () => {
    const before = server.requests.length;
    const error = await rejection(fetchResource(`${server.url}/feed`, { timeoutMs: 2000 }));
    assert.equal(error.kind, 'refused');
    assert.equal(error.reason, '127.0.0.1 is a loopback address; --allow-private allows it');
    const named = await rejection(fetchResource(`http://localhost:${server.port}/feed`, { timeoutMs: 2000 }));
    assert.equal(named.kind, 'refused');
    assert.match(named.reason, /^localhost resolves to .+, a loopback address; --allow-private allows it$/);
    assert.equal(server.requests.length, before);
  });

  it('fetch: checks every redirect hop against the address policy', async () => {
    // Loopback is let through for this one server, so the refusal comes from the hop, not the start.
    const policy = (address: string) => (address === '127.0.0.1' ? null : nonPublicKind(address));
    const error = await rejection(fetchWithPolicy(`${server.url}/to-private`, { timeoutMs: 2000 }, policy));
    assert.equal(error.kind, 'refused');
    assert.equal(error.url, `${server.url}/to-private`);
    assert.equal(
      error.reason,
      'redirected to http://10.0.0.1/feed: 10.0.0.1 is a private address; --allow-private allows it',
    );
  });

  it('fetch: times out on a server that never answers', async () => {
    const error = await rejection(fetchResource(`${server.url}/silent`, { ...allow, timeoutMs: 150 }));
    assert.equal(error.kind, 'timeout');
    assert.equal(error.reason, 'no complete response within 150 ms');
  });

  it('fetch: the timeout also covers a body that stops halfway', async () => {
    const error = await rejection(fetchResource(`${server.url}/stall`, { ...allow, timeoutMs: 150 }));
    assert.equal(error.kind, 'timeout');
  });

  it('fetch: refuses a body over maxBytes, declared or streamed', async () => {
    const declared = await rejection(fetchResource(`${server.url}/big-declared`, { ...allow, maxBytes: 1000 }));
    assert.equal(declared.kind, 'too-large');
    assert.equal(declared.reason, 'the body is 5000 bytes, over the 1000 bytes limit');
    const chunked = await rejection(fetchResource(`${server.url}/big-chunked`, { ...allow, maxBytes: 1000 }));
    assert.equal(chunked.kind, 'too-large');
    assert.equal(chunked.reason, 'the body is over the 1000 bytes limit');
  });

  it('fetch: counts decompressed bytes against maxBytes', async () => {
    const error = await rejection(fetchResource(`${server.url}/gzip-bomb`, { ...allow, maxBytes: 64 * 1024 }));
    assert.equal(error.kind, 'too-large');
  });

  it('fetch: decodes gzip and brotli bodies', async () => {
    assert.equal(text((await fetchResource(`${server.url}/gzip`, allow)).bytes), FEED);
    assert.equal(text((await fetchResource(`${server.url}/br`, allow)).bytes), FEED);
    const broken = await rejection(fetchResource(`${server.url}/bad-gzip`, allow));
    assert.equal(broken.kind, 'network');
    assert.match(broken.reason, /gzip body could not be decompressed/);
  });

  it('fetch: turns 404, 500 and 503 into http errors with the status', async () => {
    const missing = await rejection(fetchResource(`${server.url}/missing`, allow));
    assert.equal(missing.kind, 'http');
    assert.equal(missing.status, 404);
    assert.equal((await rejection(fetchResource(`${server.url}/gone`, allow))).status, 500);
    const busy = await rejection(fetchResource(`${server.url}/busy`, allow));
    assert.equal(busy.reason, 'HTTP 503 Service Unavailable (Retry-After: 120)');
  });

  it('fetch: refuses URLs that are not http or https, also as a redirect target', async () => {
    for (const url of ['ftp://example.com/feed', 'file:///etc/passwd', 'not a url', 'javascript:alert(1)']) {
      assert.equal((await rejection(fetchResource(url))).kind, 'bad-url', url);
    }
    const redirected = await rejection(fetchResource(`${server.url}/to-file`, allow));
    assert.equal(redirected.kind, 'bad-url');
    assert.match(redirected.reason, /^redirected to file:\/\/\/etc\/passwd: only http and https/);
  });

  it('fetch: a closed port is a network error', async () => {
    const closed = await startLoopbackServer({});
    await closed.close();
    const error = await rejection(fetchResource(`${closed.url}/feed`, allow));
    assert.equal(error.kind, 'network');
    assert.equal(error.reason, 'connection refused');
  });

  it("fetch: the caller's abort rejects with the caller's reason", async () => {
    const controller = new AbortController();
    const pending = fetchResource(`${server.url}/silent`, { ...allow, signal: controller.signal });
    controller.abort(new Error('shutting down'));
    await assert.rejects(pending, { message: 'shutting down' });
  });

  it('fetch: refuses option values no fetch could honour', async () => {
    await assert.rejects(fetchResource(`${server.url}/feed`, { timeoutMs: 0 }), { name: 'InputError' });
  });
});
