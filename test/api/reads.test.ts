// The API's reads, in-process through app.inject() against a real SQLite file: what each endpoint shows,
// validation errors that name the field, 404s, and ETag revalidation.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiFixture, ingestFixtures, type ApiFixture } from '../helpers/api-server.js';
import { FIXTURE_ARTICLES } from './fixtures.js';

interface Json {
  [key: string]: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field
}

describe('api reads', () => {
  let f: ApiFixture;
  const get = async (url: string, headers: Record<string, string> = {}) => {
    const response = await f.app.inject({ method: 'GET', url, headers });
    return {
      status: response.statusCode,
      headers: response.headers,
      body: response.body,
      json: () => response.json<Json>(),
    };
  };

  before(async () => {
    f = await apiFixture();
  });
  after(async () => {
    await f.close();
  });

  it('devices: lists devices with claims, most claims first, with paging', async () => {
    const all = (await get('/api/v1/devices')).json();
    assert.equal(all.total, 2);
    assert.deepEqual(
      all.items.map((d: Json) => [d.name, d.claims, d.stories]),
      [
        ['Google Pixel 12 Pro', 6, 2],
        ['Samsung Galaxy S40 Ultra', 4, 1],
      ],
    );
    const second = (await get('/api/v1/devices?limit=1&offset=1')).json();
    assert.equal(second.total, 2);
    assert.deepEqual(
      second.items.map((d: Json) => d.name),
      ['Samsung Galaxy S40 Ultra'],
    );
    const searched = (await get('/api/v1/devices?q=galaxy')).json();
    assert.deepEqual(
      searched.items.map((d: Json) => d.name),
      ['Samsung Galaxy S40 Ultra'],
    );
  });

  it('device: the consensus sheet flags the conflicting battery, and lists the sources', async () => {
    const response = await get('/api/v1/devices/pixel%2012%20pro');
    assert.equal(response.status, 200);
    const sheet = response.json();
    assert.equal(sheet.device.name, 'Google Pixel 12 Pro');
    assert.deepEqual(sheet.summary, { claims: 6, stories: 2, conflicts: 1 });
    const battery = sheet.attributes.find((a: Json) => a.attribute === 'battery_mah');
    // Equal weight: the newer report leads, the older one conflicts with it.
    assert.deepEqual(
      battery.candidates.map((c: Json) => c.value),
      [5000, 5200],
    );
    assert.deepEqual(battery.conflicts, [5200]);
    const prices = sheet.attributes.filter((a: Json) => a.attribute === 'price');
    assert.deepEqual(
      prices.map((a: Json) => [a.qualifier, a.leader.value.amount]),
      [
        [null, 1099],
        ['US', 999],
      ],
      'a market-qualified price is kept apart',
    );
    assert.deepEqual(
      sheet.sources.map((s: Json) => [s.name, s.claims]),
      [
        ['OnLeaks', 4],
        ['Yogesh Brar', 2],
      ],
    );
    assert.equal(sheet.claims.total, 6);
    assert.deepEqual(
      sheet.claims.items.map((c: Json) => c.mark),
      ['new', 'new', 'new', 'new', 'contradicts', 'new'],
    );
    assert.ok(sheet.claims.items.every((c: Json) => c.grade === 'pending'));
    const firstClaim = sheet.claims.items[0];
    assert.equal(sheet.claims.articles[firstClaim.articleId].publisher, 'Leak Wire', 'article metadata listed once');
    assert.equal(sheet.grades.cancelled, false);
  });

  it('device: converts prices to the requested currency and pages the timeline', async () => {
    const sheet = (
      await get('/api/v1/devices/Google%20Pixel%2012%20Pro?currency=eur&claimsLimit=2&claimsOffset=4')
    ).json();
    assert.equal(sheet.currency, 'EUR');
    const price = sheet.attributes.find((a: Json) => a.attribute === 'price');
    assert.equal(price.leader.converted.currency, 'EUR');
    assert.ok(price.leader.converted.amount > 0);
    assert.deepEqual([sheet.claims.total, sheet.claims.offset, sheet.claims.items.length], [6, 4, 2]);
  });

  it('device: an unknown device is a 404 naming it', async () => {
    const response = await get('/api/v1/devices/Nokia%20Lumia%202099');
    assert.equal(response.status, 404);
    assert.deepEqual(response.json().error.type, 'NotFoundError');
    assert.equal(response.json().error.item, 'Nokia Lumia 2099');
  });

  it('validation: a bad query parameter is a 400 naming the field and the reason', async () => {
    const cases: [string, string, RegExp][] = [
      ['/api/v1/devices?limit=500', 'query.limit', /<=100/],
      ['/api/v1/devices?order=best', 'query.order', /claims|recent|name/],
      ['/api/v1/devices/Pixel?currency=euro', 'query.currency', /three-letter/],
      ['/api/v1/claims?since=2031-02-30', 'query.since', /real date/],
      ['/api/v1/claims?certainty=sure', 'query.certainty', /official/],
      ['/api/v1/compare?devices=Google%20Pixel%2012%20Pro', 'query.devices', /at least 2/],
      ['/api/v1/articles/abc', 'path.id', /number/],
    ];
    for (const [url, item, reason] of cases) {
      const response = await get(url);
      assert.equal(response.status, 400, url);
      const { error } = response.json();
      assert.equal(error.type, 'InputError', url);
      assert.equal(error.item, item, url);
      assert.match(error.reason, reason, url);
    }
  });

  it('compare: two devices side by side, differing rows flagged', async () => {
    const response = await get('/api/v1/compare?devices=Pixel%2012%20Pro,Galaxy%20S40%20Ultra');
    assert.equal(response.status, 200);
    const body = response.json();
    assert.deepEqual(
      body.devices.map((d: Json) => d.device.name),
      ['Google Pixel 12 Pro', 'Samsung Galaxy S40 Ultra'],
    );
    const battery = body.rows.find((r: Json) => r.attribute === 'battery_mah');
    assert.deepEqual(
      battery.values.map((v: Json) => v.leader.value),
      [5000, 6000],
    );
    assert.equal(battery.differs, true);
    const os = body.rows.find((r: Json) => r.attribute === 'os');
    assert.equal(os.values[0], null, 'the Pixel has no OS claim');
    const repeated = await get('/api/v1/compare?devices=Pixel%2012%20Pro&devices=Galaxy%20S40%20Ultra');
    assert.deepEqual(repeated.json(), body, 'repeated parameters mean the same as a comma list');
  });

  it('claims: full-text search and filters, newest first', async () => {
    const battery = (await get('/api/v1/claims?q=mAh')).json();
    assert.deepEqual(
      battery.items.map((c: Json) => c.value),
      [6000, 5000, 5200],
    );
    const onleaks = (await get('/api/v1/claims?source=onleaks&attribute=price')).json();
    assert.deepEqual(
      onleaks.items.map((c: Json) => [c.source, c.value]),
      [['OnLeaks', { amount: 1099, currency: 'USD' }]],
    );
    const pixelSince = (await get('/api/v1/claims?device=Pixel%2012%20Pro&since=2031-04-01')).json();
    assert.equal(pixelSince.total, 2);
    assert.ok(pixelSince.items.every((c: Json) => c.source === 'Yogesh Brar'));
    const words = (await get('/api/v1/claims?q=ice%20android')).json();
    assert.deepEqual(
      words.items.map((c: Json) => c.quote),
      ['Android 21'],
    );
    const literal = (await get('/api/v1/claims?q=%25')).json();
    assert.equal(literal.total, 0, '% is a literal character, not a wildcard');
  });

  it('article: its text and claim spans, each quote exactly its slice of the text', async () => {
    const claims = (await get('/api/v1/claims?source=Ice%20Universe&limit=1')).json();
    const article = (await get(`/api/v1/articles/${claims.items[0].articleId}`)).json();
    assert.equal(article.publisher, 'Chip Weekly');
    assert.equal(article.claims.length, 4);
    for (const claim of article.claims) {
      assert.equal(article.text.slice(claim.span[0], claim.span[1]), claim.quote);
    }
    assert.equal((await get('/api/v1/articles/999')).status, 404);
  });

  it('ETag: a read carries one; If-None-Match with it answers 304 with no body', async () => {
    const first = await get('/api/v1/devices/Galaxy%20S40%20Ultra');
    const etag = first.headers.etag as string;
    assert.match(etag, /^"[\w-]+"$/);
    assert.equal(first.headers['cache-control'], 'no-cache');
    const again = await get('/api/v1/devices/Galaxy%20S40%20Ultra', { 'if-none-match': etag });
    assert.equal(again.status, 304);
    assert.equal(again.body, '');
    const other = await get('/api/v1/devices/Galaxy%20S40%20Ultra', { 'if-none-match': '"something-else"' });
    assert.equal(other.status, 200);
    assert.equal(other.body, first.body);
    const otherUrl = await get('/api/v1/devices/Galaxy%20S40%20Ultra?currency=EUR');
    assert.notEqual(otherUrl.headers.etag, etag);
  });

  it('a write by another process (straight into the ledger) shows once the revision is read again', async () => {
    const fresh = await apiFixture({ api: { revisionTtlMs: 0 } });
    try {
      const before = await fresh.app.inject({ url: '/api/v1/devices' });
      await ingestFixtures(fresh.hearsay, [
        {
          ...FIXTURE_ARTICLES[0]!,
          text: 'The Google Pixel 12 Pro will weigh 221 grams, according to OnLeaks.',
          url: 'https://x.test/w',
        },
      ]);
      const after = await fresh.app.inject({ url: '/api/v1/devices' });
      assert.notEqual(after.headers.etag, before.headers.etag);
      assert.equal(after.json<Json>().items[0].claims, 7);
    } finally {
      await fresh.close();
    }
  });

  it('unknown API paths are a JSON 404', async () => {
    const response = await get('/api/v1/nothing-here');
    assert.equal(response.status, 404);
    assert.match(response.json().error.reason, /no route GET \/api\/v1\/nothing-here/);
  });

  it('healthz answers ok', async () => {
    const response = await get('/healthz');
    assert.deepEqual([response.status, response.json()], [200, { status: 'ok' }]);
  });
});
