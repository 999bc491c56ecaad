import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { decodeFeedBytes } from './decode-feed-bytes.js';
import { parseFeed } from './index.js';

const FEED = '<?xml version="1.0"?><rss><channel><title>Café “quoted”</title></channel></rss>';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  const units = bom ? '\ufeff' + text : text;
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
  return out;
}

function utf32(text: string, littleEndian: boolean): Uint8Array {
  const points = [...text].map((c) => c.codePointAt(0) as number);
  const out = new Uint8Array(points.length * 4);
  const view = new DataView(out.buffer);
  points.forEach((point, i) => view.setUint32(i * 4, point, littleEndian));
  return out;
}

const latin1 = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));

describe('decodeFeedBytes', () => {
  it('encodings: reads a latin-1 feed by its XML declaration', () => {
    const feed = parseFeed(
      new Uint8Array(readFileSync(new URL('./testdata/latin1-feed.xml', import.meta.url))),
      'latin1-feed.xml',
    );
    assert.equal(feed.title, 'Café Gadgets');
    const entry = feed.entries[0];
    assert.equal(entry?.title, 'Prévisions : le téléphone pliable coûterait 1 999 £');
    assert.deepEqual(entry?.authors, ['Rémy Dupré']);
    assert.equal(entry?.link, 'https://gadgets.example/2024/03/pliable');
    assert.equal(entry?.published, '2024-03-05');
  });

  it('encodings: iso-8859-1 is read as windows-1252, as browsers do', () => {
    const bytes = latin1(
      '<?xml version="1.0" encoding="iso-8859-1"?><rss><channel><title>don\x92t</title></channel></rss>',
    );
    assert.match(decodeFeedBytes(bytes, 'x'), /don’t/);
  });

  it('encodings: UTF-16 and UTF-32, with a byte order mark or by the pattern of zero bytes', () => {
    for (const bytes of [
      utf16(FEED, true, true),
      utf16(FEED, false, true),
      utf16(FEED, true, false),
      utf16(FEED, false, false),
    ]) {
      assert.equal(decodeFeedBytes(bytes, 'x'), FEED);
    }
    assert.equal(decodeFeedBytes(utf32(FEED, true), 'x'), FEED);
    assert.equal(decodeFeedBytes(utf32(FEED, false), 'x'), FEED);
    assert.equal(decodeFeedBytes(new Uint8Array([0xff, 0xfe, 0, 0, ...utf32(FEED, true)]), 'x'), FEED);
  });

  it('encodings: other declared encodings use the platform decoder', () => {
    const koi8 = new Uint8Array([
      ...latin1('<?xml version="1.0" encoding="koi8-r"?><rss><channel><title>'),
      0xf0,
      0xd2,
      0xc9,
      ...latin1('</title></channel></rss>'),
    ]);
    assert.equal(parseFeed(koi8, 'koi8.xml').title, 'При');
  });

  it('encodings: a UTF-8 BOM is dropped; undeclared non-UTF-8 bytes fall back to windows-1252', () => {
    assert.equal(
      decodeFeedBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<rss/>')]), 'x'),
      '<rss/>',
    );
    assert.equal(decodeFeedBytes(latin1('<rss>caf\xe9</rss>'), 'x'), '<rss>café</rss>');
  });

  it('encodings: a bogus or lying declaration falls back instead of failing', () => {
    assert.equal(
      decodeFeedBytes(latin1('<?xml version="1.0" encoding="x-bogus"?><rss>é</rss>'), 'x').endsWith('<rss>é</rss>'),
      true,
    );
    const lying = new TextEncoder().encode('<?xml version="1.0" encoding="utf-16"?><rss>é</rss>');
    assert.equal(decodeFeedBytes(lying, 'x').endsWith('<rss>é</rss>'), true);
  });

  it('encodings: C1 controls from a double conversion become the windows-1252 characters meant', () => {
    assert.equal(decodeFeedBytes(new TextEncoder().encode('<rss>don\u0092t</rss>'), 'x'), '<rss>don’t</rss>');
  });

  it('encodings: stray control characters are dropped; mostly-control input is refused', () => {
    assert.equal(decodeFeedBytes(latin1('<rss>a\x01b</rss>'), 'x'), '<rss>ab</rss>');
    assert.throws(() => decodeFeedBytes(new Uint8Array([1, 2, 3, 4, 60]), 'x'), { name: 'ParseError' });
    assert.throws(() => decodeFeedBytes(new Uint8Array([0x4c, 0x6f, 0xa7, 0x94]), 'x'), /EBCDIC/);
  });
});
