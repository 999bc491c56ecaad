import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { encodeSignature } from './signature-codec.js';
import { EMPTY_SLOT, estimateJaccard, minhashSignature, NUM_HASHES } from './minhash.js';
import { exactJaccard, fixtureText, pairWithJaccard, prng, uniqueWords } from './testdata/fixtures.js';

const GOLDEN_TEXT = 'Leaked test sheets say the Aurion X5 Pro has a 6,000mAh battery and 100W wired charging.';

describe('minhashSignature', () => {
  it('minhashSignature: NUM_HASHES slots, the same for the same text', () => {
    const text = fixtureText('original');
    const sig = minhashSignature(text);
    assert.ok(sig instanceof Uint32Array);
    assert.equal(sig.length, NUM_HASHES);
    assert.deepEqual(minhashSignature(text), sig);
  });

  it('minhashSignature: stable across runs and machines (golden value; a change here breaks every stored signature)', () => {
    const sig = minhashSignature(GOLDEN_TEXT);
    assert.deepEqual([...sig.slice(0, 6)], [2837955967, 2204938747, 2845508488, 2182569564, 2328937416, 2833577489]);
    const digest = createHash('sha256').update(encodeSignature(sig)).digest('hex');
    assert.equal(digest, '86a0725dc499cf8cb13804615d9df102189f36035719d6cf81421da66306c641');
  });

  it('minhashSignature: reads the normal form, so re-encoding and re-spacing change nothing', () => {
    assert.deepEqual(
      minhashSignature('THE   Aurion’s “X5 Pro”\r\nbattery: 6.000 mAh'),
      minhashSignature("the aurion's x5 pro battery 6000 mah"),
    );
  });

  it('minhashSignature: a text with no words is empty; one shorter than a shingle is a single shingle', () => {
    assert.ok(minhashSignature('').every((v) => v === EMPTY_SLOT));
    assert.ok(minhashSignature(' — … !').every((v) => v === EMPTY_SLOT));
    const short = minhashSignature('Pixel 9 leak');
    assert.ok(short.some((v) => v !== EMPTY_SLOT));
    assert.deepEqual(minhashSignature('pixel 9 LEAK!'), short);
    assert.equal(estimateJaccard(short, minhashSignature('Pixel 9 leaks')), 0);
  });
});

describe('estimateJaccard', () => {
  it('estimateJaccard: 1 for identical texts, 0 against an empty text, symmetric', () => {
    const a = minhashSignature(fixtureText('original'));
    const b = minhashSignature(fixtureText('syndicated'));
    const empty = minhashSignature('');
    assert.equal(estimateJaccard(a, a), 1);
    assert.equal(estimateJaccard(a, empty), 0);
    assert.equal(estimateJaccard(empty, empty), 0);
    assert.equal(estimateJaccard(a, b), estimateJaccard(b, a));
  });

  it('estimateJaccard: tracks the exact shingle Jaccard within the expected error', () => {
    const words = uniqueWords(prng(7));
    for (const target of [0.2, 0.5, 0.8]) {
      let sumExact = 0;
      let sumEstimate = 0;
      let sumSquares = 0;
      const pairs = 100;
      for (let i = 0; i < pairs; i++) {
        const [a, b] = pairWithJaccard(words, target, 300, 5);
        const exact = exactJaccard(a, b, 5);
        const estimate = estimateJaccard(minhashSignature(a), minhashSignature(b));
        sumExact += exact;
        sumEstimate += estimate;
        sumSquares += (estimate - exact) ** 2;
      }
      assert.ok(Math.abs(sumExact / pairs - target) < 0.01, `generator at ${target}`);
      assert.ok(Math.abs(sumEstimate - sumExact) / pairs < 0.015, `bias at ${target}`);
      // The standard deviation of a 192-slot estimate is √(J(1−J)/192) ≤ 0.036.
      assert.ok(Math.sqrt(sumSquares / pairs) < 0.05, `error at ${target}`);
    }
  });

  it('estimateJaccard: refuses signatures of different lengths', () => {
    assert.throws(() => estimateJaccard(new Uint32Array(4), new Uint32Array(5)), RangeError);
  });
});
