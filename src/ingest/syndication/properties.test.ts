// Arbitrary text never makes these functions throw, and the same input always gives the same output.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  contentHash,
  creditedOrigins,
  decodeSignature,
  encodeSignature,
  estimateJaccard,
  isNearDuplicate,
  minhashSignature,
  normalisePublisher,
  NUM_HASHES,
  signatureBands,
} from './index.js';

const RUNS = { numRuns: 300 };

/** Text built from the pieces credit phrases and the normal form care about, mixed with anything. */
const pieces = fc.constantFrom(
  'Via ',
  'via ',
  'Source: ',
  '(h/t ',
  'according to ',
  'a report from ',
  ' first reported',
  ' spotted',
  'first spotted by ',
  'The ',
  'the ',
  "'s ",
  '’s ',
  'Verge',
  '9to5Google',
  'Mark Gurman',
  'Samsung',
  'USB-C',
  'theverge.com',
  '[',
  ']',
  '(',
  ')',
  ', ',
  '. ',
  '\n',
  '\r\n',
  ' ',
  '\u00ad',
  '\u200b',
  'é',
  'ß',
  'ς',
  '📱',
  '\ud800',
  'ﬁ',
  '5,000',
  '&',
  ' and ',
);
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join('')),
);

describe('syndication properties', () => {
  it('properties: the text functions never throw and are deterministic', () => {
    fc.assert(
      fc.property(text, (t) => {
        assert.equal(contentHash(t), contentHash(t));
        const sig = minhashSignature(t);
        assert.equal(sig.length, NUM_HASHES);
        assert.deepEqual(minhashSignature(t), sig);
        assert.deepEqual(signatureBands(sig), signatureBands(minhashSignature(t)));
        assert.deepEqual(creditedOrigins(t), creditedOrigins(t));
        assert.equal(normalisePublisher(t), normalisePublisher(t));
        for (const name of creditedOrigins(t)) assert.notEqual(normalisePublisher(name), '');
      }),
      RUNS,
    );
  });

  it('properties: a signature survives encoding, and compares with itself as a near-duplicate unless empty', () => {
    fc.assert(
      fc.property(text, (t) => {
        const sig = minhashSignature(t);
        assert.deepEqual(decodeSignature(encodeSignature(sig)), sig);
        assert.equal(isNearDuplicate(sig, sig), signatureBands(sig).length > 0);
      }),
      RUNS,
    );
  });

  it('properties: estimateJaccard is symmetric and between 0 and 1', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const x = minhashSignature(a);
        const y = minhashSignature(b);
        const j = estimateJaccard(x, y);
        assert.ok(j >= 0 && j <= 1);
        assert.equal(j, estimateJaccard(y, x));
      }),
      RUNS,
    );
  });

  it('properties: any slot values round-trip through the codec', () => {
    fc.assert(
      fc.property(fc.uint32Array({ minLength: NUM_HASHES, maxLength: NUM_HASHES }), (sig) => {
        assert.deepEqual(decodeSignature(encodeSignature(sig)), sig);
      }),
      RUNS,
    );
  });
});
