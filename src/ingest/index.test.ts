import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../core/errors.js';
import { readArticle } from './index.js';
import { fixture } from './sources/testdata/fixtures.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readArticle', () => {
  it('readArticle: picks the reader by extension', () => {
    assert.equal(readArticle({ bytes: fixture('meta-tags.html'), name: 'meta-tags.html' }).format, 'html');
    assert.equal(readArticle({ bytes: fixture('front-matter.md'), name: 'front-matter.md' }).format, 'markdown');
    assert.equal(readArticle({ bytes: fixture('windows-1252.txt'), name: 'w.txt' }).format, 'text');
  });

  it('readArticle: sniffs the format of standard input', () => {
    const article = readArticle({ bytes: fixture('meta-tags.html'), name: '-' });
    assert.equal(article.format, 'html');
    assert.equal(article.published, '2021-03-14');
  });

  it('readArticle: text keeps line ends normalised and the title line', () => {
    const article = readArticle({ bytes: bytes('Headline here\r\n\r\nBody.\r\n'), name: 'a.txt' });
    assert.equal(article.text, 'Headline here\n\nBody.\n');
    assert.equal(article.title, 'Headline here');
  });

  it('readArticle: a page without any text is an input error', () => {
    assert.throws(
      () => readArticle({ bytes: bytes('<html><body><script>x()</script></body></html>'), name: 'n.html' }),
      (error: unknown) => error instanceof InputError && error.reason === 'no article text found',
    );
  });

  it('readArticle: passes the size limit through', () => {
    assert.throws(() => readArticle({ bytes: bytes('abcdef'), name: 'a.txt', maxBytes: 3 }), /over the 3 bytes limit/);
  });
});
