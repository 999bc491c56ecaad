import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ParseError } from '../../core/errors.js';
import { minhashSignature, NUM_HASHES } from './minhash.js';
import { decodeSignature, encodeSignature } from './signature-codec.js';
import { fixtureText } from './testdata/fixtures.js';

describe('encodeSignature / decodeSignature', () => {
  it('encodeSignature: round-trips through a compact string', () => {
    for (const text of [fixtureText('original'), 'short', '']) {
      const sig = minhashSignature(text);
      const encoded = encodeSignature(sig);
      assert.equal(encoded.length, 4 + (NUM_HASHES * 4 * 4) / 3);
      assert.deepEqual(decodeSignature(encoded), sig);
    }
  });

  it('encodeSignature: little-endian bytes whatever the machine', () => {
    const sig = new Uint32Array(NUM_HASHES);
    sig[0] = 1;
    sig[1] = 0xfffffffe;
    assert.ok(encodeSignature(sig).startsWith('mh1:AQAAAP7///8AAAAA'));
  });

  it('decodeSignature: another scheme, a wrong length or damaged base64 is a ParseError', () => {
    const good = encodeSignature(minhashSignature('a b c d e f'));
    for (const bad of [
      '',
      'mh0:' + good.slice(4),
      good.slice(0, -4),
      good + 'AAAA',
      good.slice(0, 10) + '*' + good.slice(11),
    ]) {
      assert.throws(() => decodeSignature(bad), ParseError, bad.slice(0, 12));
    }
  });

  it('encodeSignature: refuses a signature of the wrong length', () => {
    assert.throws(() => encodeSignature(new Uint32Array(3)), RangeError);
  });
});
