import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { html } from '../html.js';
import { highlightedText, type Highlight } from './highlight.js';

type ParsedDocument = ReturnType<typeof parseHTML>['document'];

function render(text: string, highlights: Highlight[]): ParsedDocument {
  const markup = highlightedText(text, highlights).value;
  return parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document;
}

/** The article text as the page shows it: every node's text except the tooltips. */
function shownText(document: ParsedDocument): string {
  const root = document.querySelector('.article-text');
  for (const tip of root?.querySelectorAll('.tip') ?? []) tip.remove();
  return root?.textContent ?? '';
}

const textAndSpans = fc.string({ minLength: 0, maxLength: 80 }).chain((text) =>
  fc.tuple(
    fc.constant(text),
    fc.array(fc.tuple(fc.integer({ min: -2, max: text.length + 2 }), fc.integer({ min: -2, max: text.length + 2 })), {
      maxLength: 8,
    }),
  ),
);

test('highlighting never changes the text shown, whatever the spans (overlapping, empty, out of range)', () => {
  fc.assert(
    fc.property(textAndSpans, ([text, spans]) => {
      const highlights = spans.map(([start, end], i) => ({
        span: [start, end] as const,
        anchor: `claim-${i}`,
        tip: html`tip ${i} <${text}></${text}>`,
      }));
      const document = render(text, highlights);
      for (const mark of document.querySelectorAll('mark')) {
        assert.equal(mark.getAttribute('tabindex'), '0', 'marks take keyboard focus');
        const tip = document.getElementById(mark.getAttribute('aria-describedby') ?? '');
        assert.ok(tip, 'each mark names its tooltip');
      }
      // Last: this removes the tooltips.
      assert.equal(shownText(document), text.replace(/\r\n?/g, '\n'));
    }),
    { numRuns: 300 },
  );
});

test('overlapping claims share one mark whose tooltip lists both, and each keeps its anchor', () => {
  const text = 'It has a 6,000mAh battery.';
  const document = render(text, [
    { span: [9, 17], anchor: 'claim-1', tip: html`battery` },
    { span: [9, 14], anchor: 'claim-2', tip: html`other device` },
  ]);
  const marks = document.querySelectorAll('mark');
  assert.equal(marks.length, 1);
  assert.equal(marks[0]?.textContent, '6,000mAh');
  assert.ok(document.getElementById('claim-1') && document.getElementById('claim-2'));
  const tip = document.querySelector('.tip')?.textContent ?? '';
  assert.ok(tip.includes('battery') && tip.includes('other device'), tip);
});
