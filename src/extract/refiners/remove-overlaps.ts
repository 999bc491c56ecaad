// Where two proposals cover the same text, keep the better one: the longer date, the longer spec of
// the same attribute; a model number inside a price, chipset or date is not a model number.
import type { Component } from '../component.js';
import type { Span } from '../doc.js';
import type { ValueSpan } from '../parsers/regex-parser.js';

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function keepLongest<V>(spans: Span<V>[], sameGroup: (a: Span<V>, b: Span<V>) => boolean): Span<V>[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Span<V>[] = [];
  for (const s of sorted) if (!kept.some((k) => sameGroup(k, s) && overlaps(k, s))) kept.push(s);
  return kept;
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
    const blockers = [...prices, ...specs.filter((s) => s.value?.attribute === 'chipset'), ...dates];
    specs = specs.filter((s) => {
      const attr = s.value?.attribute;
      if (attr === 'model_number' || attr === 'cpu_clock_ghz' || attr === 'display_resolution') {
        const hit = blockers.find((b) => b !== s && overlaps(b, s));
        if (hit && !(attr === 'display_resolution' && hit.label !== 'price')) {
          ctx.debug(() => `remove-overlaps dropped ${attr} «${doc.slice(s)}» inside «${doc.slice(hit)}»`);
          return false;
        }
      }
      return true;
    });
    // A date inside a price or spec ("2,920mAh") is not a date.
    const valueSpans = [...prices, ...specs];
    const keptDates = dates.filter((d) => !valueSpans.some((v) => overlaps(v, d)));
    doc.setLayer('price', prices);
    doc.setLayer('date', keptDates);
    doc.setLayer('spec', specs);
  },
};
