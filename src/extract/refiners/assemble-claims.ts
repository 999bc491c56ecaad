// Turns claim spans into contract claims: one per device, attribute, value and qualifier (the
// article's best-supported mention of it), with quote === text.slice(span) checked for every one.
import type { Claim } from '../../core/types.js';
import type { Component } from '../component.js';
import type { ClaimSpan } from './claim-span.js';

export interface AssembledClaims {
  claims: Claim[];
  by: string[][];
}

/** The names in `by`, then `last`, each once, in the order first seen. */
function distinct(by: readonly string[], last: string): string[] {
  const out: string[] = [];
  for (const name of by) if (!out.includes(name)) out.push(name);
  if (!out.includes(last)) out.push(last);
  return out;
}

export const assembleClaims: Component = {
  name: 'assemble-claims',
  kind: 'refiner',
  requires: ['claim', 'paragraph'],
  assigns: ['claim'],
  run(doc) {
    const titleEnd = doc.layer('paragraph')[0]?.end ?? 0;
    const best = new Map<string, ClaimSpan>();
    // Of repeated mentions, the first in the body with a credit; later ones only restate it (and a
    // restatement may be the writer debunking it, "so the $1,399.99 figure can be ignored").
    const rank = (c: ClaimSpan) => (c.start >= titleEnd ? 100 : 0) + (c.value!.source ? 10 : 0);
    // Device, attribute and value: what a headline and the body can both state. Made once per claim.
    const valueKey = new Map<ClaimSpan, string>();
    for (const c of doc.layer('claim') as ClaimSpan[]) {
      const d = c.value!;
      const vk = `${d.device.toLowerCase()}|${d.attribute}|${JSON.stringify(d.value)}`;
      valueKey.set(c, vk);
      const key = `${vk}|${d.qualifier ?? ''}`;
      const prev = best.get(key);
      if (!prev || rank(c) > rank(prev)) best.set(key, c);
    }
    // A headline repeats the body: drop its claim when the body states the same value, even with a
    // qualifier the headline left out ("$529" in the title, "$529 in the US" below).
    const bodyValues = new Set<string>();
    for (const c of best.values()) if (c.start >= titleEnd) bodyValues.add(valueKey.get(c)!);
    const kept = [...best.values()]
      .filter((c) => c.start >= titleEnd || !bodyValues.has(valueKey.get(c)!) || c.value!.qualifier)
      .sort((a, b) => a.start - b.start);
    const out: AssembledClaims = { claims: [], by: [] };
    for (const c of kept) {
      const d = c.value!;
      const quote = doc.text.slice(c.start, c.end);
      if (quote.length !== c.end - c.start)
        throw new Error(`assemble-claims: span [${c.start}, ${c.end}) is outside the text`);
      out.claims.push({
        device: d.device,
        attribute: d.attribute,
        value: d.value,
        qualifier: d.qualifier,
        certainty: d.certainty,
        confidence: d.confidence,
        source: d.source,
        evidence: d.evidence,
        span: [c.start, c.end],
        quote,
      });
      out.by.push(distinct(c.by, 'refiners/assemble-claims'));
    }
    doc.setLayer('claim', kept);
    doc.facts.claims = out;
  },
};
