import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { estimateJaccard, minhashSignature } from './minhash.js';
import { isNearDuplicate, NEAR_DUPLICATE_JACCARD } from './near-duplicate.js';
import { fixtureText } from './testdata/fixtures.js';

describe('isNearDuplicate', () => {
  const original = minhashSignature(fixtureText('original'));

  it('isNearDuplicate: a syndicated copy with a new headline, an extra intro and a "Via" line is a near-duplicate', () => {
    const copy = minhashSignature(fixtureText('syndicated'));
    assert.ok(isNearDuplicate(original, copy));
    assert.ok(estimateJaccard(original, copy) > 0.75, String(estimateJaccard(original, copy)));
  });

  it('isNearDuplicate: another write-up of the same leak (same specs, different prose) is not', () => {
    const rewrite = minhashSignature(fixtureText('rewrite'));
    assert.ok(!isNearDuplicate(original, rewrite));
    assert.ok(estimateJaccard(original, rewrite) < 0.05, String(estimateJaccard(original, rewrite)));
  });

  it('isNearDuplicate: the threshold is an estimated Jaccard of 0.5', () => {
    assert.equal(NEAR_DUPLICATE_JACCARD, 0.5);
  });

  it('isNearDuplicate: short texts match only the same words; empty texts match nothing', () => {
    assert.ok(isNearDuplicate(minhashSignature('Pixel 9 Pro leak'), minhashSignature('PIXEL 9 PRO — LEAK')));
    assert.ok(!isNearDuplicate(minhashSignature('Pixel 9 Pro leak'), minhashSignature('Pixel 9 leak')));
    assert.ok(!isNearDuplicate(minhashSignature(''), minhashSignature('')));
  });
});
