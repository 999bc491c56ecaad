// Hedge and stance cues: doubt, near-certainty, plain reporting, and concessions that cancel doubt.
import type { Component } from '../component.js';
import { DOUBT_CANCELLERS, DOUBT_CUES, LIKELY_CUES, RUMOR_CUES } from '../lexicon/hedges.js';
import { alternation, pattern } from '../patterns.js';

export type HedgeKind = 'doubt' | 'likely' | 'rumor' | 'cancel';

// One scan over the lower-cased text (typographic apostrophes made plain); each cue maps back to its kind.
const KIND_OF = new Map<string, HedgeKind>();
for (const [kind, words] of [
  ['doubt', DOUBT_CUES],
  ['likely', LIKELY_CUES],
  ['cancel', DOUBT_CANCELLERS],
  ['rumor', RUMOR_CUES],
] as const) {
  for (const w of words) if (!KIND_OF.has(w.toLowerCase())) KIND_OF.set(w.toLowerCase(), kind);
}
const CUE = pattern('hedge/cues', `(?<!\\w)(?:${alternation([...KIND_OF.keys()])})`, 'g');

export const hedges: Component = {
  name: 'hedge',
  kind: 'parser',
  requires: [],
  assigns: ['hedge'],
  run(doc) {
    const re = CUE;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(doc.lower())) !== null) {
      const kind = KIND_OF.get(m[0]);
      if (!kind) continue;
      doc.add<HedgeKind>('hedge', {
        start: m.index,
        end: m.index + m[0].length,
        label: kind,
        value: kind,
        by: ['parsers/hedge'],
      });
    }
  },
};
