// The web pages over real HTTP on loopback against a real SQLite file: statuses, error pages that name the
// problem, security headers, check-without-storing, the same-origin rule for storing, and escaping.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { startLoopbackServer, type LoopbackServer } from '../helpers/loopback-server.js';
import { createApiToken } from '../../src/app/index.js';
import { recordFolder, startWebServer, type WebServer } from '../helpers/web-server.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const S30 = encodeURIComponent('Samsung Galaxy S30 Ultra');

/** Elements, handler attributes and script URLs that could run something, as parsed from the page. */
function liveMarkup(page: string): string[] {
  const { document } = parseHTML(page);
  const found: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (['script', 'iframe', 'img', 'object', 'embed', 'base'].includes(tag)) found.push(`<${tag}>`);
    for (const attribute of element.attributes) {
      if (attribute.name.toLowerCase().startsWith('on')) found.push(`${tag} ${attribute.name}`);
      if (/^\s*(javascript|vbscript|data):/i.test(attribute.value) && attribute.name !== 'content') {
        found.push(`${tag} ${attribute.name}=${attribute.value}`);
      }
    }
  }
  return found;
}

function form(values: Record<string, string>): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(values).toString(),
    redirect: 'manual',
  };
}

describe('web pages over HTTP', () => {
  let server: WebServer;
  let outside: LoopbackServer;

  before(async () => {
    server = await startWebServer(async (hearsay) => {
      await recordFolder(hearsay, path.join(here, '../fixtures/ledger'));
      await recordFolder(hearsay, path.join(here, '../fixtures/web'));
    });
    outside = await startLoopbackServer({
      '/leak.txt': (_req, res) =>
        res.writeHead(200, { 'content-type': 'text/plain' }).end('The Galaxy S30 Ultra has 12GB of RAM.'),
    });
  });

  after(async () => {
    await outside?.close();
    await server?.close();
  });

  test('every page answers 200 with HTML and a strict Content-Security-Policy', async () => {
    const paths = [
      '/',
      '/devices',
      '/devices?q=pixel',
      `/devices/${S30}`,
      `/devices/${S30}?currency=JPY`,
      '/articles/1',
    ];
    paths.push('/check', '/sources', `/compare?device=${S30}&device=Google%20Pixel%2014%20Pro`, '/compare');
    for (const target of paths) {
      const response = await fetch(server.url + target);
      assert.equal(response.status, 200, target);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/, target);
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.match(csp, /script-src 'none'/, target);
      assert.match(csp, /default-src 'none'/, target);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.deepEqual(liveMarkup(await response.text()), [], `${target}: no live payload`);
    }
  });

  test('the payload article is shown as text: its markup arrives escaped', async () => {
    const body = await (await fetch(`${server.url}/devices/${S30}`)).text();
    assert.ok(body.includes('Evil &lt;img src=x onerror=window.__pwned=2&gt; Times'), 'publisher escaped');
    const ids = [...body.matchAll(/\/articles\/(\d+)/g)].map((m) => m[1]);
    for (const id of new Set(ids)) {
      const article = await (await fetch(`${server.url}/articles/${id}`)).text();
      assert.deepEqual(liveMarkup(article), [], `article ${id}`);
    }
  });

  test('an unknown device, article or source is a 404 page naming it', async () => {
    const device = await fetch(`${server.url}/devices/No%20Such%20Phone`);
    assert.equal(device.status, 404);
    assert.match(await device.text(), /No Such Phone: no device of that name/);
    const article = await fetch(`${server.url}/articles/999999`);
    assert.equal(article.status, 404);
    assert.match(await article.text(), /article 999999: no stored article has this id/);
    const source = await fetch(`${server.url}/sources/Nobody%20At%20All`);
    assert.equal(source.status, 404);
    assert.match(await source.text(), /Nobody At All/);
  });

  test('bad parameters are a 400 page naming the field', async () => {
    const currency = await fetch(`${server.url}/devices/${S30}?currency=XXX`);
    assert.equal(currency.status, 400);
    assert.match(await currency.text(), /XXX: no reference rates for this currency/);
    const code = await fetch(`${server.url}/devices/${S30}?currency=dollars`);
    assert.equal(code.status, 400);
    assert.match(await code.text(), /currency: a three-letter currency code/);
    const page = await fetch(`${server.url}/devices/${S30}?page=0`);
    assert.equal(page.status, 400);
    assert.match(await page.text(), /page:/);
    const article = await fetch(`${server.url}/articles/abc`);
    assert.equal(article.status, 400);
    assert.match(await article.text(), /id:/);
  });

  test('a checked claim shows its source with its graded record, flagged when poor', async () => {
    // The fixtures grade Ice Universe 0 right, 1 partly, 4 wrong, and LeakWire 4 right, 1 partly, 1 wrong.
    const text =
      'Ice Universe says the Galaxy S30 Ultra will have 12GB of RAM. LeakWire says the Galaxy S30 Ultra charges at 65W.';
    const checked = await fetch(`${server.url}/check`, form({ text, published: '2031-10-02' }));
    const page = (await checked.text()).replace(/\s+/g, ' ');
    assert.match(
      page,
      /Ice Universe<\/a> <span class="badge record-poor">Poor record<\/span> <span class="muted">10% right of 5 graded/,
    );
    assert.match(page, /LeakWire<\/a> <span class="muted">75% right of 6 graded/);
  });

  test('checking an article stores nothing; storing it needs the explicit post and records it once', async () => {
    const before = await server.hearsay.ledger.counts();
    const text = 'Leaker Max Jambor says the Galaxy S30 Ultra will have 12GB of RAM and 65W charging.';
    const checked = await fetch(`${server.url}/check`, form({ text, published: '2031-10-02' }));
    assert.equal(checked.status, 200);
    const page = (await checked.text()).replace(/\s+/g, ' ');
    assert.match(page, /2 claims: 0 new, 1 agree, 1 conflict/);
    assert.deepEqual(await server.hearsay.ledger.counts(), before);

    const withoutToken = await fetch(`${server.url}/check/store`, form({ text, published: '2031-10-02' }));
    assert.equal(withoutToken.status, 401);
    assert.match(await withoutToken.text(), /storing needs an API token/);
    const badToken = await fetch(
      `${server.url}/check/store`,
      form({ text, published: '2031-10-02', token: 'hsy_nope' }),
    );
    assert.equal(badToken.status, 403);
    assert.deepEqual(await server.hearsay.ledger.counts(), before, 'refused stores add nothing');

    const { token } = await createApiToken(server.hearsay.store, 'web test');
    const stored = await fetch(`${server.url}/check/store`, form({ text, published: '2031-10-02', token }));
    assert.equal(stored.status, 303);
    const location = stored.headers.get('location') ?? '';
    assert.match(location, /^\/articles\/\d+$/);
    const after = await server.hearsay.ledger.counts();
    assert.equal(after.articles, before.articles + 1);
    assert.equal(after.claims, before.claims + 2);
    const again = await fetch(`${server.url}/check/store`, form({ text, published: '2031-10-02', token }));
    assert.equal(again.headers.get('location'), location, 'the same text is known, not stored twice');
    assert.deepEqual(await server.hearsay.ledger.counts(), after);
  });

  test('a store post from another site is refused', async () => {
    const before = await server.hearsay.ledger.counts();
    const init = form({ text: 'The Galaxy S30 Ultra will have 8GB of RAM, says a tipster.' });
    const crossOrigin = await fetch(`${server.url}/check/store`, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), origin: 'https://evil.test' },
    });
    assert.equal(crossOrigin.status, 403);
    assert.match(await crossOrigin.text(), /another origin \(https:\/\/evil.test\)/);
    const crossSite = await fetch(`${server.url}/check/store`, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), 'sec-fetch-site': 'cross-site' },
    });
    assert.equal(crossSite.status, 403);
    assert.deepEqual(await server.hearsay.ledger.counts(), before);
  });

  test('a bad check comes back as the form with the reason and what was typed', async () => {
    const empty = await fetch(`${server.url}/check`, form({ text: '   ' }));
    assert.equal(empty.status, 400);
    assert.match(await empty.text(), /paste an article or give its address/);
    const both = await fetch(`${server.url}/check`, form({ text: 'some <b>text</b>', url: 'https://example.test/' }));
    assert.equal(both.status, 400);
    const body = await both.text();
    assert.match(body, /either pasted text or an address, not both/);
    assert.ok(body.includes('some &lt;b&gt;text&lt;/b&gt;</textarea>'), 'the typed text comes back escaped');
    const date = await fetch(`${server.url}/check`, form({ text: 'x', published: 'yesterday' }));
    assert.equal(date.status, 400);
    assert.match(await date.text(), /published:/);
  });

  test('a URL on a private address is refused, not fetched', async () => {
    const before = outside.requests.length;
    const response = await fetch(`${server.url}/check`, form({ url: `${outside.url}/leak.txt` }));
    assert.equal(response.status, 400);
    assert.match(await response.text(), /private|loopback|refused|not allowed/i);
    assert.equal(outside.requests.length, before, 'no request reached the server');
  });

  test('the stylesheet is served with an ETag and answers 304 when unchanged', async () => {
    const first = await fetch(`${server.url}/assets/style.css`);
    assert.equal(first.status, 200);
    assert.match(first.headers.get('content-type') ?? '', /^text\/css/);
    const etag = first.headers.get('etag') ?? '';
    assert.ok(etag);
    const second = await fetch(`${server.url}/assets/style.css`, { headers: { 'if-none-match': etag } });
    assert.equal(second.status, 304);
  });
});
