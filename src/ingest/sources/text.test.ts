import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readText, titleFromFirstLine } from './text.js';

describe('text source', () => {
  it('text: keeps the text unchanged, headline included', () => {
    const text = 'Gizmo 5 leaks\n\nThe Gizmo 5 is rumored to cost $499.\n';
    const article = readText(text);
    assert.equal(article.text, text);
    assert.equal(article.title, 'Gizmo 5 leaks');
    assert.equal(article.format, 'text');
  });

  it('text: a first line without a blank line after it is not a title', () => {
    assert.equal(titleFromFirstLine('The Gizmo 5 is rumored.\nIt has a 5-inch screen.'), null);
    assert.equal(titleFromFirstLine('One line only'), null);
  });

  it('text: a long first line is a paragraph, not a title', () => {
    assert.equal(titleFromFirstLine(`${'word '.repeat(40)}\n\nmore`), null);
  });
});
