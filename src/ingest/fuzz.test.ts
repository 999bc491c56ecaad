// Arbitrary input may be refused, but only with a HearsayError, and whatever is returned has string text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { HearsayError } from '../core/errors.js';
import { readArticle } from './index.js';
import { readHtml } from './sources/html.js';
import { readMarkdown } from './sources/markdown.js';
import { readText } from './sources/text.js';

const RUNS = { numRuns: 200 };

function neverThrowsForeign(run: () => { text: unknown }): void {
  try {
    assert.equal(typeof run().text, 'string');
  } catch (error) {
    if (!(error instanceof HearsayError)) throw error;
  }
}

const htmlPieces = fc.constantFrom(
  '<!doctype html>',
  '<html>',
  '</html>',
  '<head>',
  '<body>',
  '<p>',
  '</p>',
  '<div>',
  '</div>',
  '<br>',
  '<script>',
  '</script>',
  '<style>',
  '<pre>',
  '<table><tr><td>',
  '<h1>',
  '</h1>',
  '<title>',
  '<!--',
  '-->',
  '<meta property="og:title" content="x">',
  '<meta property="article:published_time" content="2013-02-30">',
  '<script type="application/ld+json">',
  '{"@graph":[{"datePublished":',
  '"2014-01-01"}]}',
  '[{"author":',
  '<time datetime="',
  '&amp;',
  '&#0;',
  '&nbsp;',
  '<a rel="author">',
  '<![CDATA[',
  '<',
  '>',
  '"',
  '\n',
);
const htmlish = fc.array(fc.oneof(htmlPieces, fc.string()), { maxLength: 40 }).map((parts) => parts.join(''));

const markdownPieces = fc.constantFrom(
  '---\n',
  'title: "x"\n',
  'authors: [a, b\n',
  'authors:\n  - a\n',
  '# ',
  '## ',
  '```\n',
  '~~~',
  '* ',
  '- ',
  '> ',
  '[',
  ']',
  '(',
  ')',
  '![',
  '](',
  '][',
  '_',
  '__',
  '**',
  '`',
  '\n',
  '\n\n',
  '====\n',
  '[1]: x\n',
);
const markdownish = fc.array(fc.oneof(markdownPieces, fc.string()), { maxLength: 40 }).map((parts) => parts.join(''));

describe('ingest fuzz', () => {
  it('fuzz: html never throws anything but HearsayError', () => {
    fc.assert(
      fc.property(htmlish, (html) => neverThrowsForeign(() => readHtml(html, 'fuzz.html'))),
      RUNS,
    );
  });

  it('fuzz: markdown never throws and always gives text', () => {
    fc.assert(
      fc.property(markdownish, (md) => assert.equal(typeof readMarkdown(md).text, 'string')),
      RUNS,
    );
  });

  it('fuzz: text never throws and keeps the text as given', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => assert.equal(readText(text).text, text)),
      RUNS,
    );
  });

  it('fuzz: readArticle on arbitrary bytes throws only HearsayError', () => {
    const names = fc.constantFrom('-', 'a.html', 'a.md', 'a.txt', 'a.bin');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), names, (bytes, name) =>
        neverThrowsForeign(() => readArticle({ bytes, name, maxBytes: 300 })),
      ),
      RUNS,
    );
  });

  it('fuzz: readArticle on arbitrary html and markdown text throws only HearsayError', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.oneof(htmlish, markdownish), fc.constantFrom('-', 'x.html', 'x.md'), (text, name) =>
        neverThrowsForeign(() => readArticle({ bytes: encoder.encode(text), name })),
      ),
      RUNS,
    );
  });
});
