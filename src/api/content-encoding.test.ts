import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { chooseEncoding, compress } from './content-encoding.js';

describe('chooseEncoding', () => {
  it('prefers brotli, then gzip, and honours q=0 and the wildcard', () => {
    assert.equal(chooseEncoding('gzip, deflate, br, zstd'), 'br');
    assert.equal(chooseEncoding('gzip, deflate'), 'gzip');
    assert.equal(chooseEncoding('br;q=0, gzip;q=0.5'), 'gzip');
    assert.equal(chooseEncoding('br;q=0, gzip;q=0'), null);
    assert.equal(chooseEncoding('GZIP'), 'gzip');
    assert.equal(chooseEncoding('x-gzip'), 'gzip');
    assert.equal(chooseEncoding('*'), 'br');
    assert.equal(chooseEncoding('*;q=0, gzip'), 'gzip');
    assert.equal(chooseEncoding('identity'), null);
    assert.equal(chooseEncoding('deflate'), null);
    assert.equal(chooseEncoding(''), null);
    assert.equal(chooseEncoding(undefined), null);
  });

  it('treats a malformed weight as a refusal', () => {
    assert.equal(chooseEncoding('br;q=abc, gzip'), 'gzip');
    assert.equal(chooseEncoding('br;q=2'), null);
    assert.equal(chooseEncoding('br;q=-1'), null);
  });

  it('never throws and only ever answers br, gzip or null (fuzzed)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (header) => {
        assert.ok([null, 'br', 'gzip'].includes(chooseEncoding(header)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('compress', () => {
  it('round-trips in both codings and shrinks repetitive JSON', () => {
    const body = Buffer.from(
      JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ attribute: 'battery', value: i }))),
    );
    const br = compress(body, 'br');
    const gz = compress(body, 'gzip');
    assert.deepEqual(brotliDecompressSync(br), body);
    assert.deepEqual(gunzipSync(gz), body);
    assert.ok(
      br.length < body.length / 4 && gz.length < body.length / 4,
      `${br.length}, ${gz.length} of ${body.length}`,
    );
  });
});
