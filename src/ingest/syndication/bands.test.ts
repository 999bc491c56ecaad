import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BANDS, ROWS, signatureBands } from './bands.js';
import { minhashSignature, NUM_HASHES, SHINGLE_WORDS } from './minhash.js';
import { fixtureText, pairWithJaccard, prng, uniqueWords } from './testdata/fixtures.js';

/** The share of generated pairs at `jaccard` that share at least one band key. */
function collisionRate(jaccard: number, pairs: number, seed: number): number {
  const words = uniqueWords(prng(seed));
  let collided = 0;
  for (let i = 0; i < pairs; i++) {
    const [a, b] = pairWithJaccard(words, jaccard, 300, SHINGLE_WORDS);
    const keys = new Set(signatureBands(minhashSignature(a)));
    if (signatureBands(minhashSignature(b)).some((k) => keys.has(k))) collided++;
  }
  return collided / pairs;
}

describe('signatureBands', () => {
  it('signatureBands: one key per band over all the slots, scheme and band number first', () => {
    assert.equal(BANDS * ROWS, NUM_HASHES);
    const keys = signatureBands(minhashSignature(fixtureText('original')));
    assert.equal(keys.length, BANDS);
    assert.equal(new Set(keys).size, BANDS);
    keys.forEach((key, band) =>
      assert.match(key, new RegExp(`^mh1\\.${String(band).padStart(2, '0')}\\.[0-9a-f]{16}$`)),
    );
  });

  it('signatureBands: stable (golden keys)', () => {
    const keys = signatureBands(
      minhashSignature('Leaked test sheets say the Aurion X5 Pro has a 6,000mAh battery and 100W wired charging.'),
    );
    assert.equal(keys[0], 'mh1.00.ec2088fdda242305');
    assert.equal(keys[47], 'mh1.47.f0fe22df42b334ac');
  });

  it('signatureBands: a syndicated copy shares keys, a rewrite of the same leak shares none, an empty text has none', () => {
    const original = new Set(signatureBands(minhashSignature(fixtureText('original'))));
    assert.ok(signatureBands(minhashSignature(fixtureText('syndicated'))).some((k) => original.has(k)));
    assert.ok(!signatureBands(minhashSignature(fixtureText('rewrite'))).some((k) => original.has(k)));
    assert.deepEqual(signatureBands(minhashSignature('')), []);
  });

  it('signatureBands: collision rates on generated pairs follow the S-curve 1 − (1 − s⁴)⁴⁸', () => {
    // Expected: 0.074 at 0.2, 0.955 at 0.5, 1.000 at 0.8. Measured (400 pairs each, fixed seeds):
    // 0.070, 0.963, 1.000. The bounds leave about three standard deviations of sampling room.
    const low = collisionRate(0.2, 400, 20);
    const mid = collisionRate(0.5, 400, 50);
    const high = collisionRate(0.8, 400, 80);
    assert.ok(low <= 0.13, `at 0.2: ${low}`);
    assert.ok(mid >= 0.92, `at 0.5: ${mid}`);
    assert.ok(high >= 0.995, `at 0.8: ${high}`);
  });

  it('signatureBands: refuses a signature of the wrong length', () => {
    assert.throws(() => signatureBands(new Uint32Array(8)), RangeError);
  });
});
