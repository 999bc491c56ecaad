// The API's writes: bearer tokens (401 without, 403 with a bad one), body validation, ingest, identity
// fixes, official values and the grades they bring, and the limits (429 rate limit, 413 body limit).
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { apiFixture, type ApiFixture } from '../helpers/api-server.js';

interface Json {
  [key: string]: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field
}

const NEW_ARTICLE =
  'Galaxy S40 Ultra to get faster charging\n\nThe Samsung Galaxy S40 Ultra will support 65W charging, according to Revegnus.';

describe('api writes', () => {
  let f: ApiFixture | undefined;
  afterEach(async () => {
    await f?.close();
    f = undefined;
  });

  const post = async (fixture: ApiFixture, url: string, payload: unknown, headers: Record<string, string> = {}) => {
    const response = await fixture.app.inject({ method: 'POST', url, payload: payload as object, headers });
    return { status: response.statusCode, headers: response.headers, json: () => response.json<Json>() };
  };

  it('a write without a token is 401 with WWW-Authenticate; a wrong token is 403; nothing is stored', async () => {
    f = await apiFixture();
    const missing = await post(f, '/api/v1/articles', { text: NEW_ARTICLE });
    assert.equal(missing.status, 401);
    assert.equal(missing.headers['www-authenticate'], 'Bearer');
    assert.equal(missing.json().error.type, 'AuthError');
    const wrong = await post(f, '/api/v1/articles', { text: NEW_ARTICLE }, f.auth('hsy_not-a-real-token'));
    assert.equal(wrong.status, 403);
    const basic = await post(f, '/api/v1/articles', { text: NEW_ARTICLE }, { authorization: `Basic ${f.token}` });
    assert.equal(basic.status, 401, 'only the Bearer scheme carries a token');
    assert.equal((await f.hearsay.ledger.counts()).articles, 3);
  });

  it('ingest: pasted text is stored once; the device sheet shows its claim straight away', async () => {
    f = await apiFixture();
    const before = await f.app.inject({ url: '/api/v1/devices/Galaxy%20S40%20Ultra' });
    const created = await post(
      f,
      '/api/v1/articles',
      { text: NEW_ARTICLE, published: '2031-06-02', publisher: 'Tap Report' },
      f.auth(),
    );
    assert.equal(created.status, 201);
    const [outcome] = created.json().articles;
    assert.deepEqual([outcome.status, outcome.claims], ['new', 1]);
    const again = await post(f, '/api/v1/articles', { text: NEW_ARTICLE }, f.auth());
    assert.deepEqual(again.json().articles[0].status, 'known');
    const after = await f.app.inject({
      url: '/api/v1/devices/Galaxy%20S40%20Ultra',
      headers: { 'if-none-match': before.headers.etag as string },
    });
    assert.equal(after.statusCode, 200, 'the old ETag no longer matches');
    const charging = after.json<Json>().attributes.find((a: Json) => a.attribute === 'charging_w');
    assert.equal(charging.leader.value, 65);
  });

  it('ingest: the body is validated, naming the field', async () => {
    f = await apiFixture();
    const cases: [unknown, string, RegExp][] = [
      [{}, 'body.text', /exactly one of text or url/],
      [{ text: 'x', url: 'https://a.test/' }, 'body.text', /exactly one/],
      [{ url: 'file:///etc/passwd' }, 'body.url', /http or https/],
      [{ text: NEW_ARTICLE, published: '31/12/2031' }, 'body.published', /YYYY-MM-DD/],
      [{ text: NEW_ARTICLE, format: 'pdf' }, 'body.format', /text|markdown|html/],
      [{ text: NEW_ARTICLE, extra: 1 }, 'body', /extra/],
    ];
    for (const [payload, item, reason] of cases) {
      const response = await post(f, '/api/v1/articles', payload, f.auth());
      assert.equal(response.status, 400, JSON.stringify(payload));
      assert.equal(response.json().error.item, item, JSON.stringify(payload));
      assert.match(response.json().error.reason, reason, JSON.stringify(payload));
    }
    const notJson = await f.app.inject({
      method: 'POST',
      url: '/api/v1/articles',
      payload: '{"text": ',
      headers: { ...f.auth(), 'content-type': 'application/json' },
    });
    assert.equal(notJson.statusCode, 400);
  });

  it('ingest: a URL on a private or loopback address is refused unless the server allows it', async () => {
    f = await apiFixture();
    const response = await post(f, '/api/v1/articles', { url: 'http://127.0.0.1:9/leak.html' }, f.auth());
    assert.equal(response.status, 400);
    assert.equal(response.json().error.type, 'FetchError');
    assert.match(response.json().error.reason, /private|loopback|not public/i);
  });

  it('alias and merge: a new name finds the device; a merged device counts for the other', async () => {
    f = await apiFixture();
    const alias = await post(f, '/api/v1/devices/Pixel%2012%20Pro/aliases', { alias: 'Google Caiman 2' }, f.auth());
    assert.equal(alias.status, 201);
    assert.equal(alias.json().device.name, 'Google Pixel 12 Pro');
    const byAlias = await f.app.inject({ url: '/api/v1/devices/Caiman%202' });
    assert.equal(byAlias.json<Json>().device.name, 'Google Pixel 12 Pro');

    const merged = await post(f, '/api/v1/devices/Pixel%2012%20Pro/merges', { from: 'Galaxy S40 Ultra' }, f.auth());
    assert.equal(merged.status, 201);
    const devices = (await f.app.inject({ url: '/api/v1/devices' })).json<Json>();
    assert.deepEqual(
      devices.items.map((d: Json) => [d.name, d.claims, d.members]),
      [['Google Pixel 12 Pro', 10, ['Samsung Galaxy S40 Ultra']]],
    );
    const self = await post(f, '/api/v1/devices/Pixel%2012%20Pro/merges', { from: 'Pixel 12 Pro' }, f.auth());
    assert.equal(self.status, 400);
    assert.match(self.json().error.reason, /already the same device/);
    const unknown = await post(f, '/api/v1/devices/Nokia%209/aliases', { alias: 'N9' }, f.auth());
    assert.equal(unknown.status, 404);
  });

  it('official values: confirming them grades the claims on the device and in the source leaderboard', async () => {
    f = await apiFixture();
    const confirmed = await post(
      f,
      '/api/v1/devices/Pixel%2012%20Pro/official',
      {
        values: [
          { attribute: 'battery_mah', value: 5200 },
          { attribute: 'price', value: '1099 USD' },
          { attribute: 'announce_date', value: '2031-09-20' },
        ],
      },
      f.auth(),
    );
    assert.equal(confirmed.status, 201, JSON.stringify(confirmed.json()));
    assert.equal(confirmed.json().recorded, 3);
    const sheet = (await f.app.inject({ url: '/api/v1/devices/Pixel%2012%20Pro' })).json<Json>();
    const gradeOf = (quote: string) => sheet.claims.items.find((c: Json) => c.quote === quote)?.grade;
    assert.equal(gradeOf('5,200mAh'), 'right');
    assert.equal(gradeOf('5,000mAh'), 'partly', 'within 4% of the official 5200 (grade stage rule)');
    assert.deepEqual(
      sheet.grades.officials.map((o: Json) => [o.attribute, o.origin, o.source]).sort(),
      [
        ['announce_date', 'person', 'api tests'],
        ['battery_mah', 'person', 'api tests'],
        ['price', 'person', 'api tests'],
      ].sort(),
    );
    const sources = (await f.app.inject({ url: '/api/v1/sources' })).json<Json>();
    const onleaks = sources.items.find((s: Json) => s.source === 'OnLeaks');
    assert.deepEqual([onleaks.right, onleaks.wrong], [2, 0]);
    const brar = (await f.app.inject({ url: '/api/v1/sources/yogesh%20brar' })).json<Json>();
    assert.deepEqual([brar.record.graded, brar.record.right, brar.claims.total], [2, 0, 2]);
    assert.equal((await f.app.inject({ url: '/api/v1/sources/Nobody' })).statusCode, 404);
    const bad = await post(
      f,
      '/api/v1/devices/Pixel%2012%20Pro/official',
      { values: [{ attribute: 'battery', value: 1 }] },
      f.auth(),
    );
    assert.equal(bad.status, 400);
    assert.equal(bad.json().error.item, 'body.values.0.attribute');
  });

  it('rate limit: writes beyond the limit in the window are 429 with Retry-After; reads are not limited', async () => {
    f = await apiFixture({ api: { writeRateLimit: { max: 3, windowMs: 60_000 } } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push(
        (await post(f, '/api/v1/devices/Pixel%2012%20Pro/aliases', { alias: `Alias ${i}` }, f.auth())).status,
      );
    }
    assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
    const limited = await post(f, '/api/v1/devices/Pixel%2012%20Pro/aliases', { alias: 'Alias 9' }, f.auth());
    assert.equal(limited.json().error.type, 'RateLimitError');
    assert.ok(Number(limited.headers['retry-after']) > 0);
    for (let i = 0; i < 10; i++) assert.equal((await f.app.inject({ url: '/api/v1/devices' })).statusCode, 200);
  });

  it('body limit: a body over the limit is 413 and is not stored', async () => {
    f = await apiFixture({ api: { bodyLimit: 2048 } });
    const big = await post(f, '/api/v1/articles', { text: `${NEW_ARTICLE} ${'More words. '.repeat(400)}` }, f.auth());
    assert.equal(big.status, 413);
    assert.equal(big.json().error.type, 'FST_ERR_CTP_BODY_TOO_LARGE');
    assert.equal((await f.hearsay.ledger.counts()).articles, 3);
    const small = await post(f, '/api/v1/articles', { text: NEW_ARTICLE }, f.auth());
    assert.equal(small.status, 201);
  });
});
