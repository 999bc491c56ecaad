import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { matchesEtag, RecentRevision, ResponseCache } from './response-cache.js';

describe('response cache', () => {
  it('reuses a response only under the revision it was made with', () => {
    const cache = new ResponseCache();
    const made = cache.set('/a', 'r1', '{"x":1}');
    assert.deepEqual(cache.get('/a', 'r1'), made);
    assert.equal(cache.get('/a', 'r2'), undefined);
    assert.equal(cache.get('/b', 'r1'), undefined);
  });

  it('the same body has the same ETag; a different body a different one', () => {
    const cache = new ResponseCache();
    assert.equal(cache.set('/a', 'r1', 'same').etag, cache.set('/b', 'r9', 'same').etag);
    assert.notEqual(cache.set('/a', 'r1', 'one').etag, cache.set('/a', 'r1', 'two').etag);
  });

  it('keeps at most maxEntries, dropping the least recently used', () => {
    const cache = new ResponseCache(2);
    cache.set('/a', 'r', 'a');
    cache.set('/b', 'r', 'b');
    cache.get('/a', 'r');
    cache.set('/c', 'r', 'c');
    assert.ok(cache.get('/a', 'r'));
    assert.equal(cache.get('/b', 'r'), undefined);
    assert.ok(cache.get('/c', 'r'));
  });
});

describe('If-None-Match', () => {
  const etag = '"abc"';
  it('matches the tag itself, its weak form, a list containing it, and *', () => {
    assert.equal(matchesEtag('"abc"', etag), true);
    assert.equal(matchesEtag('W/"abc"', etag), true);
    assert.equal(matchesEtag('"x", "abc"', etag), true);
    assert.equal(matchesEtag('*', etag), true);
    assert.equal(matchesEtag('"abcd"', etag), false);
    assert.equal(matchesEtag('abc', etag), false);
    assert.equal(matchesEtag(undefined, etag), false);
  });

  it('never throws, and matches any list that contains the tag (fuzz)', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string()), (header, others) => {
        matchesEtag(header, etag);
        const list = [...others.map((o) => `"${o.replace(/[",]/g, '')}x"`), etag].join(', ');
        assert.equal(matchesEtag(list, etag), true);
      }),
    );
  });
});

describe('recent revision', () => {
  it('reads again only after the TTL or an invalidation, and shares one read among concurrent callers', async () => {
    let clock = 0;
    let reads = 0;
    const revision = new RecentRevision(
      () => Promise.resolve(`r${++reads}`),
      100,
      () => clock,
    );
    assert.deepEqual(await Promise.all([revision.current(), revision.current()]), ['r1', 'r1']);
    assert.equal(reads, 1);
    clock = 99;
    assert.equal(await revision.current(), 'r1');
    clock = 100;
    assert.equal(await revision.current(), 'r2');
    revision.invalidate();
    assert.equal(await revision.current(), 'r3');
  });

  it('a failed read is not remembered', async () => {
    let fail = true;
    const revision = new RecentRevision(
      () => (fail ? Promise.reject(new Error('locked')) : Promise.resolve('ok')),
      1000,
    );
    await assert.rejects(revision.current(), /locked/);
    fail = false;
    assert.equal(await revision.current(), 'ok');
  });
});
