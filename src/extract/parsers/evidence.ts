// Evidence cues ("leaked renders", "a Geekbench listing", "live photos"): the kind of proof a claim rests on.
import type { EvidenceKind } from '../../core/types.js';
import type { Component } from '../component.js';
import { EVIDENCE_CUES } from '../lexicon/evidence-cues.js';
import { alternation, pattern } from '../patterns.js';

// One scan over the lower-cased text; each cue word maps back to its kind (the first kind that lists it).
const KIND_OF = new Map<string, EvidenceKind>();
for (const [kind, words] of EVIDENCE_CUES) for (const w of words) if (!KIND_OF.has(w)) KIND_OF.set(w, kind);
const CUE = pattern('evidence/cues', `\\b(?:${alternation([...KIND_OF.keys()])})`, 'g');

export const evidenceCues: Component = {
  name: 'evidence',
  kind: 'parser',
  requires: [],
  assigns: ['evidence'],
  run(doc) {
    const re = CUE;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(doc.lower())) !== null) {
      const kind = KIND_OF.get(m[0]);
      if (!kind) continue;
      doc.add<EvidenceKind>('evidence', {
        start: m.index,
        end: m.index + m[0].length,
        label: kind,
        value: kind,
        by: ['parsers/evidence'],
      });
    }
  },
};
