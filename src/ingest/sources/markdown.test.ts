import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureText } from './testdata/fixtures.js';
import { markdownToText, readMarkdown } from './markdown.js';

describe('markdown source', () => {
  it('markdown: front matter becomes metadata and leaves the text', () => {
    const article = readMarkdown(fixtureText('front-matter.md'));
    assert.equal(article.title, 'Quasar Watch 4: everything we know');
    assert.equal(article.published, '2023-08-09');
    assert.equal(article.publisher, 'Tick Tock Tech');
    assert.deepEqual(article.authors, ['Ines Duarte', 'Karl Moe']);
    assert.equal(article.url, 'https://ticktock.example/quasar-watch-4');
    assert.equal(article.format, 'markdown');
    assert.ok(!article.text.includes('published:'));
  });

  it('markdown: reduces markup to the words a reader sees', () => {
    const text = readMarkdown(fixtureText('front-matter.md')).text;
    assert.equal(
      text,
      [
        'Quasar Watch 4: everything we know',
        '',
        'The Quasar Watch 4 is tipped to arrive with a 1.4-inch display, per a leaker on social media.',
        '',
        '- Battery: 420 mAh',
        '- Colours: black, silver',
        '',
        'spec_sheet: draft',
      ].join('\n'),
    );
  });

  it('markdown: keeps underscores inside words and code fences verbatim', () => {
    assert.equal(markdownToText('the model_number is _D5503_'), 'the model_number is D5503');
    assert.equal(markdownToText('```\n**kept** `as is`\n```'), '**kept** `as is`');
  });

  it('markdown: drops images, reference definitions and rules; keeps link text', () => {
    assert.equal(
      markdownToText('See ![x](y.png)[the filing][1] now.\n\n---\n\n[1]: https://fcc.example'),
      'See the filing now.',
    );
  });

  it('markdown: setext headings and blockquotes lose their markers', () => {
    assert.equal(markdownToText('Big news\n========\n\n> Quoted **claim**'), 'Big news\n\nQuoted claim');
  });

  it('markdown: without front matter the first heading is the title', () => {
    const article = readMarkdown('# Nova Phone 2 leaks\n\nBody.');
    assert.equal(article.title, 'Nova Phone 2 leaks');
    assert.equal(article.text, 'Nova Phone 2 leaks\n\nBody.');
    assert.equal(article.published, null);
  });
});
