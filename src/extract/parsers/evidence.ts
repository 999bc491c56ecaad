// Evidence cues ("leaked renders", "a Geekbench listing", "live photos"): the kind of proof a claim rests on.
import type { EvidenceKind } from '../../core/types.js';
import { EVIDENCE_CUES } from '../lexicon/evidence-cues.js';
import { cueParser } from './cue-parser.js';

export const evidenceCues = cueParser<EvidenceKind>('evidence', 'evidence', EVIDENCE_CUES);
