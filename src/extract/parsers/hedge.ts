// Hedge and stance cues: doubt, near-certainty, plain reporting, and concessions that cancel doubt.
// Typographic apostrophes in the text are made plain by Doc.lower(), so "hasn’t" matches "hasn't".
import { DOUBT_CANCELLERS, DOUBT_CUES, LIKELY_CUES, RUMOR_CUES } from '../lexicon/hedges.js';
import { cueParser } from './cue-parser.js';

export type HedgeKind = 'doubt' | 'likely' | 'rumor' | 'cancel';

export const hedges = cueParser<HedgeKind>(
  'hedge',
  'hedge',
  [
    ['doubt', DOUBT_CUES],
    ['likely', LIKELY_CUES],
    ['cancel', DOUBT_CANCELLERS],
    ['rumor', RUMOR_CUES],
  ],
  'not-after-word',
);
