import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToText } from './html-to-text.js';
import { parseDocument } from './parse-document.js';

const textOf = (html: string) => htmlToText(parseDocument(html).body as never);

describe('htmlToText', () => {
  it('htmlToText: separates blocks by a blank line and collapses inline space', () => {
    assert.equal(textOf('<p>One  <b>bold</b>\n word</p><div>Two</div><h2>Three</h2>'), 'One bold word\n\nTwo\n\nThree');
  });

  it('htmlToText: a <br> is a line break, two are a paragraph break', () => {
    assert.equal(textOf('<p>a<br>b<br><br><br>c</p>'), 'a\nb\n\nc');
  });

  it('htmlToText: drops scripts, styles, noscript and templates entirely', () => {
    assert.equal(
      textOf('<p>keep</p><script>drop()</script><style>.x{}</style><noscript>no</noscript><template>t</template>'),
      'keep',
    );
  });

  it('htmlToText: decodes entities and turns no-break spaces into spaces', () => {
    assert.equal(textOf('<p>&pound;299&nbsp;only &amp; &quot;new&quot;</p>'), '£299 only & "new"');
  });

  it('htmlToText: table cells in a row stay on one line', () => {
    assert.equal(
      textOf('<table><tr><td>RAM</td><td>8 GB</td></tr><tr><td>OS</td><td>Android</td></tr></table>'),
      'RAM 8 GB\n\nOS Android',
    );
  });

  it('htmlToText: survives nesting deeper than the call stack', () => {
    const depth = 20000;
    const html = `${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`;
    assert.equal(textOf(html), 'deep');
  });
});
