// Where two proposals cover the same text, keep the better one: the longer date, the longer spec of
// the same attribute; a model number inside a price, chipset or date is not a model number.
import type { Component } from '../component.js';
import type { Span } from '../doc.js';
import type { ValueSpan } from '../parsers/regex-parser.js';

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Spans bucketed by position, so "what overlaps this?" looks at a few neighbours rather than every
 * span (a page of repeated specs must not take quadratic time).
 */
class SpanIndex<V> {
  private readonly buckets = new Map<number, Span<V>[]>();
  private longest = 0;
  private static readonly SIZE = 64;

  add(s: Span<V>): void {
    const key = Math.floor(s.start / SpanIndex.SIZE);
    const list = this.buckets.get(key) ?? [];
    list.push(s);
    this.buckets.set(key, list);
    this.longest = Math.max(this.longest, s.end - s.start);
  }

  overlapping(s: Span): Span<V>[] {
    const out: Span<V>[] = [];
    this.some(s, (k) => {
      out.push(k);
      return false;
    });
    return out;
  }

  /** True when `test` holds for a span overlapping `s`; stops at the first, in the order `overlapping` lists them. */
  some(s: Span, test: (k: Span<V>) => boolean): boolean {
    const first = Math.floor(Math.max(0, s.start - this.longest) / SpanIndex.SIZE);
    const last = Math.floor(s.end / SpanIndex.SIZE);
    for (let key = first; key <= last; key++) {
      const bucket = this.buckets.get(key);
      if (bucket) for (const k of bucket) if (overlaps(k, s) && test(k)) return true;
    }
    return false;
  }
}

function indexOf<V>(spans: readonly Span<V>[]): SpanIndex<V> {
  const index = new SpanIndex<V>();
  for (const s of spans) index.add(s);
  return index;
}

function keepLongest<V>(spans: Span<V>[], sameGroup: (a: Span<V>, b: Span<V>) => boolean): Span<V>[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept = new SpanIndex<V>();
  const out: Span<V>[] = [];
  for (const s of sorted) {
    if (kept.some(s, (k) => sameGroup(k, s))) continue;
    kept.add(s);
    out.push(s);
  }
  return out;
}

export const removeOverlaps: Component = {
  name: 'remove-overlaps',
  kind: 'refiner',
  requires: ['price', 'date', 'spec'],
  assigns: ['price', 'date', 'spec'],
  run(doc, ctx) {
    const prices = keepLongest(doc.layer<ValueSpan>('price'), () => true);
    const dates = keepLongest(doc.layer('date'), () => true);
    let specs = keepLongest(doc.layer<ValueSpan>('spec'), (a, b) => a.value?.attribute === b.value?.attribute);
    const blockers = indexOf<unknown>([...prices, ...specs.filter((s) => s.value?.attribute === 'chipset'), ...dates]);
    specs = specs.filter((s) => {
      const attr = s.value?.attribute;
      if (attr === 'model_number' || attr === 'cpu_clock_ghz' || attr === 'display_resolution') {
        const hit = blockers.overlapping(s).find((b) => b !== s);
        if (hit && !(attr === 'display_resolution' && hit.label !== 'price')) {
          ctx.debug(() => `remove-overlaps dropped ${attr} «${doc.slice(s)}» inside «${doc.slice(hit)}»`);
          return false;
        }
      }
      return true;
    });
    // A date inside a price or spec ("2,920mAh") is not a date.
    const valueSpans = indexOf<unknown>([...prices, ...specs]);
    const keptDates = dates.filter((d) => !valueSpans.some(d, () => true));
    doc.setLayer('price', prices);
    doc.setLayer('date', keptDates);
    doc.setLayer('spec', specs);
  },
};
