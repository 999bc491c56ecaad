// Evidence cues ("leaked renders", "a Geekbench listing", "live photos"): the kind of proof a claim rests on.
import type { EvidenceKind } from '../../core/types.js';
import type { Component } from '../component.js';
import { EVIDENCE_CUES } from '../lexicon/evidence-cues.js';
import { alternation, pattern } from '../patterns.js';

const CUES = EVIDENCE_CUES.map(([kind, words]) => ({
  kind,
  regex: pattern(`evidence/${kind}`, `\\b(?:${alternation(words.map((w) => w.trim()))})`, 'gi'),
}));

export const evidenceCues: Component = {
  name: 'evidence',
  kind: 'parser',
  requires: [],
  assigns: ['evidence'],
  run(doc) {
    for (const { kind, regex } of CUES) {
      const re = new RegExp(regex.source, regex.flags);
      let m: RegExpExecArray | null;
      while ((m = re.exec(doc.text)) !== null) {
        doc.add<EvidenceKind>('evidence', {
          start: m.index,
          end: m.index + m[0].length,
          label: kind,
          value: kind,
          by: ['parsers/evidence'],
        });
      }
    }
  },
};
