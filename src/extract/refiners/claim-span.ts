// The shape of a claim while refiners work on it (the `claim` layer), before it becomes a contract Claim.
import type { Attribute, Certainty, ClaimValue, EvidenceKind } from '../../core/types.js';
import type { Doc, Span } from '../doc.js';
import { indexContaining } from '../util/spans.js';

export interface ClaimDraft {
  attribute: Attribute;
  value: ClaimValue;
  qualifier: string | null;
  device: string;
  source: string | null;
  evidence: EvidenceKind | null;
  certainty: Certainty;
  confidence: number;
  /** Index of the sentence the value stands in. */
  sentence: number;
  /** Set when the claim is about a device the article only compares with. */
  aboutOther: boolean;
  /** How the source was credited: named, regulator, maker; null when none. */
  sourceKind?: 'named' | 'regulator' | 'maker' | null;
  /** A spec the article says another device already has ("keeps the Z1's camera", "the same chip as"). */
  shared?: boolean;
  /** True when the credit came from another sentence than the claim's own. */
  sourceCarried?: boolean;
  /** Where the credit stands (a mild hedge there, "It appears X has…", tempers what it carries). */
  sourceAt?: number;
}

export type ClaimSpan = Span<ClaimDraft>;

/** The index of the sentence containing `offset`, by binary search over the sentence layer. */
export function sentenceIndexAt(doc: Doc, offset: number): number {
  return indexContaining(doc.layer('sentence'), offset).index;
}

export function paragraphIndexAt(doc: Doc, offset: number): number {
  return indexContaining(doc.layer('paragraph'), offset).index;
}
