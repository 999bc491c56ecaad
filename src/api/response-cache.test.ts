import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { matchesEtag, ResponseCache } from './response-cache.js';

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
