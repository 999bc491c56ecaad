// Article text with claim spans marked. The text is escaped slice by slice; a mark is focusable and shows
// its claims on hover or keyboard focus (CSS only, so it works without scripts).
import { html, join, type SafeHtml } from '../html.js';

export interface Highlight {
  span: readonly [number, number];
  /** Element id for links to this claim (`#claim-12`). */
  anchor: string;
  /** What hover or focus shows. */
  tip: SafeHtml;
  /** Extra class on the mark (a check status). */
  kind?: string;
}

interface Group {
  start: number;
  end: number;
  items: Highlight[];
}

/** Overlapping spans share one mark: nested marks would split the text and confuse a screen reader. */
function groupSpans(text: string, highlights: readonly Highlight[]): Group[] {
  const valid = highlights
    .filter(
      ({ span: [start, end] }) =>
        Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= text.length,
    )
    .sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  const groups: Group[] = [];
  for (const item of valid) {
    const last = groups[groups.length - 1];
    if (last && item.span[0] < last.end) {
      last.end = Math.max(last.end, item.span[1]);
      last.items.push(item);
    } else {
      groups.push({ start: item.span[0], end: item.span[1], items: [item] });
    }
  }
  return groups;
}

export function highlightedText(text: string, highlights: readonly Highlight[]): SafeHtml {
  const parts: SafeHtml[] = [];
  let at = 0;
  groupSpans(text, highlights).forEach((group, index) => {
    parts.push(html`${text.slice(at, group.start)}`);
    const [first, ...rest] = group.items as [Highlight, ...Highlight[]];
    const tipId = `tip-${index + 1}`;
    const kinds = [...new Set(group.items.map((i) => i.kind).filter(Boolean))].join(' ');
    parts.push(
      html`<span class="claim ${kinds}" id="${first.anchor}"
        >${rest.map((r) => html`<span id="${r.anchor}"></span>`)}<mark tabindex="0" aria-describedby="${tipId}"
          >${text.slice(group.start, group.end)}</mark
        ><span class="tip" role="tooltip" id="${tipId}"
          >${join(
            group.items.map((i) => i.tip),
            html`<hr />`,
          )}</span
        ></span
      >`,
    );
    at = group.end;
  });
  parts.push(html`${text.slice(at)}`);
  return html`<div class="article-text">${parts}</div>`;
}
