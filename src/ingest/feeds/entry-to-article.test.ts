import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entryArticle, FULL_TEXT_WORDS, type Feed, type FeedEntry } from './index.js';

const feed: Feed = { title: 'Gadget Leaks', link: 'https://leaks.example/', format: 'rss', entries: [] };
const entry = (over: Partial<FeedEntry>): FeedEntry => ({
  id: null,
  title: 'Pixel 9 leak',
  link: 'https://leaks.example/pixel-9',
  published: '2024-07-15',
  authors: ['Jo Writer'],
  contentHtml: null,
  ...over,
});
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('entryArticle', () => {
  it('entry: full text becomes an Article carrying the entry and feed metadata', () => {
    const html = `<p>${words(FULL_TEXT_WORDS)}</p><script>drop()</script><p>Second paragraph.</p>`;
    const made = entryArticle(entry({ contentHtml: html }), feed);
    assert.equal(made?.kind, 'full');
    assert.deepEqual(made.kind === 'full' && { ...made.article, text: made.article.text.slice(0, 31) }, {
      text: 'Pixel 9 leak\n\nword0 word1 word2',
      format: 'html',
      title: 'Pixel 9 leak',
      published: '2024-07-15',
      publisher: 'Gadget Leaks',
      authors: ['Jo Writer'],
      url: 'https://leaks.example/pixel-9',
    });
    assert.ok(made.kind === 'full' && made.article.text.endsWith('\n\nSecond paragraph.'));
  });

  it('entry: the title is not repeated when the body opens with it', () => {
    const made = entryArticle(entry({ contentHtml: `<h1>Pixel 9 leak</h1><p>${words(200)}</p>` }), feed);
    assert.ok(made?.kind === 'full' && made.article.text.startsWith('Pixel 9 leak\n\nword0'));
  });

  it('entry: a teaser gives the link to fetch instead', () => {
    assert.deepEqual(entryArticle(entry({ contentHtml: `<p>${words(40)}</p>` }), feed), {
      kind: 'link',
      url: 'https://leaks.example/pixel-9',
    });
  });

  it('entry: markup without words does not count as text', () => {
    const html = '<img src="a.png">'.repeat(500);
    assert.equal(entryArticle(entry({ contentHtml: html }), feed)?.kind, 'link');
  });

  it('entry: neither text nor link is nothing', () => {
    assert.equal(entryArticle(entry({ link: null, contentHtml: '<p>short</p>' }), feed), null);
  });
});
