// Hedge and stance cues: doubt, near-certainty, plain reporting, and concessions that cancel doubt.
import type { Component } from '../component.js';
import { DOUBT_CANCELLERS, DOUBT_CUES, LIKELY_CUES, RUMOR_CUES } from '../lexicon/hedges.js';
import { alternation, pattern } from '../patterns.js';

export type HedgeKind = 'doubt' | 'likely' | 'rumor' | 'cancel';

/** Lexicon apostrophes match typographic ones too ("hasn’t"). */
function cues(words: readonly string[]): string {
  return alternation(words).replace(/'/g, "['’]");
}

const GROUPS: { kind: HedgeKind; regex: RegExp }[] = [
  { kind: 'doubt', regex: pattern('hedge/doubt', `(?<!\\w)(?:${cues(DOUBT_CUES)})`, 'gi') },
  { kind: 'likely', regex: pattern('hedge/likely', `(?<!\\w)(?:${cues(LIKELY_CUES)})`, 'gi') },
  { kind: 'rumor', regex: pattern('hedge/rumor', `(?<!\\w)(?:${cues(RUMOR_CUES)})`, 'gi') },
  { kind: 'cancel', regex: pattern('hedge/cancel', `(?<!\\w)(?:${cues(DOUBT_CANCELLERS)})`, 'gi') },
];

export const hedges: Component = {
  name: 'hedge',
  kind: 'parser',
  requires: [],
  assigns: ['hedge'],
  run(doc) {
    for (const { kind, regex } of GROUPS) {
      const re = new RegExp(regex.source, regex.flags);
      let m: RegExpExecArray | null;
      while ((m = re.exec(doc.text)) !== null) {
        doc.add<HedgeKind>('hedge', {
          start: m.index,
          end: m.index + m[0].length,
          label: kind,
          value: kind,
          by: ['parsers/hedge'],
        });
      }
    }
  },
};
