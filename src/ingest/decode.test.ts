import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../core/errors.js';
import { decodeBytes } from './decode.js';
import { fixture } from './sources/testdata/fixtures.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decode', () => {
  it('decode: strips a UTF-8 byte order mark and turns CRLF into LF', () => {
    assert.equal(decodeBytes(fixture('bom-crlf.txt'), 'bom-crlf.txt'), 'Line one\nLine two\n');
  });

  it('decode: falls back to windows-1252 when the bytes are not UTF-8', () => {
    const text = decodeBytes(fixture('windows-1252.txt'), 'windows-1252.txt');
    assert.equal(text, 'Café phones – a short story\n\nThe price is £299.\n');
  });

  it('decode: reads UTF-16 with a byte order mark', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
    assert.equal(decodeBytes(utf16, 'u16.txt'), 'Hi');
  });

  it('decode: refuses input with NUL bytes as binary', () => {
    assert.throws(() => decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'a.zip.txt'), {
      name: 'InputError',
      message: 'ingest: a.zip.txt: looks like binary data, not an article',
    });
  });

  it('decode: refuses text made mostly of control characters', () => {
    assert.throws(() => decodeBytes(bytes('\x01\x02\x03\x04abc'), 'ctl.txt'), /looks like binary data/);
  });

  it('decode: refuses invalid UTF-8 made mostly of high bytes', () => {
    const noise = new Uint8Array(200).map((_, i) => 0x80 + ((i * 37) % 120));
    assert.throws(() => decodeBytes(noise, 'noise.txt'), /looks like binary data/);
  });

  it('decode: names the size and the limit when the input is too big', () => {
    const big = new Uint8Array(Math.round(6.2 * 1024 * 1024)).fill(0x61);
    assert.throws(() => decodeBytes(big, 'big.html'), {
      message: 'ingest: big.html: 6.2 MB is over the 5 MB limit (--max-size)',
    });
  });

  it('decode: honours a smaller limit', () => {
    assert.throws(() => decodeBytes(bytes('x'.repeat(2048)), 'a.txt', 1024), /2 KB is over the 1 KB limit/);
  });

  it('decode: refuses empty and whitespace-only input', () => {
    for (const input of [new Uint8Array(0), bytes(' \n\t\n')]) {
      assert.throws(
        () => decodeBytes(input, 'e.txt'),
        (error: unknown) => error instanceof InputError && error.reason === 'file is empty',
      );
    }
  });
});
