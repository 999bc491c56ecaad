import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { InputError } from '../core/errors.js';
import { startLoopbackServer, type LoopbackServer } from '../../test/helpers/loopback-server.js';
import { readSubmission } from './check-article.js';

let server: LoopbackServer;

before(async () => {
  server = await startLoopbackServer({
    '/story': (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          '<html><head><title>Pixel leak</title></head><body><article><p>The Google Pixel 14 Pro will have 16GB of RAM, according to a tipster.</p></article></body></html>',
        ),
  });
});

after(async () => {
  await server?.close();
});

test('pasted text is read as text, and pasted HTML as HTML', async () => {
  const plain = await readSubmission({ kind: 'text', text: 'The Pixel 14 Pro has <b>16GB</b> of RAM.' });
  assert.equal(plain.article.format, 'text');
  assert.equal(plain.article.text, 'The Pixel 14 Pro has <b>16GB</b> of RAM.');
  const page = await readSubmission({
    kind: 'text',
    text: '<html><body><p>The Pixel 14 Pro has 16GB of RAM.</p></body></html>',
  });
  assert.equal(page.article.format, 'html');
  assert.match(page.article.text, /^The Pixel 14 Pro has 16GB of RAM\.\s*$/);
});

test('nothing pasted is an input error naming the pasted text', async () => {
  await assert.rejects(readSubmission({ kind: 'text', text: ' \n ' }), (error: unknown) => {
    assert.ok(error instanceof InputError);
    assert.equal(error.item, 'pasted text');
    return true;
  });
});

test('a URL is fetched and read by its content type, and keeps its address', async () => {
  const { article } = await readSubmission({ kind: 'url', url: `${server.url}/story` }, { allowPrivate: true });
  assert.equal(article.format, 'html');
  assert.equal(article.url, `${server.url}/story`);
  assert.match(article.text, /16GB of RAM/);
});

test('a URL on a private address is refused unless allowed', async () => {
  const before = server.requests.length;
  await assert.rejects(readSubmission({ kind: 'url', url: `${server.url}/story` }), { name: 'FetchError' });
  assert.equal(server.requests.length, before);
});
