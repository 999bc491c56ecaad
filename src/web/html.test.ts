import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { escapeHtml, externalUrl, html, join, SafeHtml } from './html.js';

test('any string escaped into an element body or a quoted attribute reads back as itself and adds no markup', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (text, title) => {
      const page = html`<div id="box"><p title="${title}">${text}</p></div>`.value;
      const { document } = parseHTML(`<!doctype html><html><body>${page}</body></html>`);
      const p = document.querySelector('#box p');
      assert.ok(p);
      assert.equal(document.querySelectorAll('#box *').length, 1, 'exactly one element');
      assert.equal(p.getAttribute('title'), title);
      // The parser folds CR and CRLF into LF; everything else reads back unchanged.
      assert.equal(p.textContent, text.replace(/\r\n?/g, '\n'));
    }),
    { numRuns: 300 },
  );
});

test('escapeHtml leaves no character that could open a tag or close a quoted attribute', () => {
  fc.assert(
    fc.property(fc.string(), (text) => {
      assert.doesNotMatch(escapeHtml(text), /[<>"']/);
    }),
  );
  assert.equal(
    escapeHtml(`<script>alert("x")</script> & 'y'`),
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
  );
});

test('html keeps nested fragments and arrays, escapes everything else, and drops null, undefined and false', () => {
  const inner = html`<b>${'<i>'}</b>`;
  assert.equal(
    html`<p>${inner}${['<', html`<br />`]}${null}${undefined}${false}${0}</p>`.value,
    '<p><b>&lt;i&gt;</b>&lt;<br />0</p>',
  );
  assert.equal(join(['a<', html`<hr />`], html`|`).value, 'a&lt;|<hr />');
  // A plain object posing as SafeHtml is still escaped: only the class is trusted.
  const forged = { value: '<script>' } as unknown as SafeHtml;
  assert.equal(html`${forged as unknown as string}`.value, '[object Object]');
});

test('externalUrl lets only http and https through', () => {
  assert.equal(externalUrl('https://example.test/a?b=1'), 'https://example.test/a?b=1');
  assert.equal(externalUrl('http://example.test'), 'http://example.test/');
  for (const bad of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>',
    'vbscript:x',
    '/relative',
    '',
    null,
    undefined,
  ]) {
    assert.equal(externalUrl(bad), null, String(bad));
  }
});
