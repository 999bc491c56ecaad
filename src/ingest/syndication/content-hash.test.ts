import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { contentHash } from './content-hash.js';
import { normaliseText } from './normalise-text.js';
import { fixtureText } from './testdata/fixtures.js';

/** What a feed or a CMS does to an article on the way to another site, without changing a word. */
function reEncode(text: string): string {
  return text
    .replace(/'/g, '’')
    .replace(/ /g, '\u00a0')
    .replace(/\n/g, '\r\n\r\n')
    .replace(/fi/g, 'ﬁ')
    .replace(/ion/g, 'i\u00adon')
    .toUpperCase();
}

describe('contentHash', () => {
  it('contentHash: the same text hashes the same, as sha256 hex of its normal form', () => {
    const text = fixtureText('original');
    assert.equal(contentHash(text), contentHash(text));
    assert.match(contentHash(text), /^[0-9a-f]{64}$/);
    const helloWorld = createHash('sha256').update('hello world').digest('hex');
    assert.equal(contentHash('  Hello,\n\tWORLD!  '), helloWorld);
  });

  it('contentHash: a re-encoded copy (quotes, spaces, line ends, ligatures, soft hyphens, case) hashes the same', () => {
    const text = fixtureText('original');
    assert.equal(contentHash(reEncode(text)), contentHash(text));
  });

  it('contentHash: NFKC-equal, accent-stripped and digit-grouping variants hash the same', () => {
    assert.equal(contentHash('Café ｆｕｌｌ-width ﬁnal'), contentHash('cafe\u0301 full width final'));
    assert.equal(contentHash('Cafe'), contentHash('Café'));
    assert.equal(contentHash('STRASSE'), contentHash('Straße'));
    assert.equal(contentHash('5,000mAh for €1.299'), contentHash('5000mAh for € 1299'));
    assert.equal(
      contentHash('# Title\n\n**Bold** and _emphasis_ — yes…'),
      contentHash('Title. Bold and emphasis - yes'),
    );
  });

  it('contentHash: a changed word or number changes the hash', () => {
    assert.notEqual(contentHash('a 5,000mAh battery'), contentHash('a 5,100mAh battery'));
    assert.notEqual(contentHash(fixtureText('original')), contentHash(fixtureText('syndicated')));
    assert.notEqual(contentHash('the top'), contentHash('top the'));
  });
});

describe('normaliseText', () => {
  it('normaliseText: lower-case words and digits separated by single spaces', () => {
    assert.equal(normaliseText('  The Pixel’s 6.7-inch screen —\n120Hz! '), 'the pixel s 67 inch screen 120hz');
    assert.equal(normaliseText('Xiaomi 小米 14 · Ελληνικά ΣΟΦΟΣ'), 'xiaomi 小米 14 ελληνικα σοφοσ');
    assert.equal(normaliseText('emoji 📱 between 𝐛𝐨𝐥𝐝 words'), 'emoji between bold words');
    assert.equal(normaliseText(''), '');
    assert.equal(normaliseText('\u200b\ufeff...'), '');
  });
});
