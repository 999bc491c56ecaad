// The decision the story grouping acts on: is one article a copy of another?
import { estimateJaccard } from './minhash.js';

/**
 * Estimated Jaccard of 5-word shingles at or above which two articles are copies of one story.
 * A syndicated copy with a new headline, an intro and a credit line keeps ≈ 0.7–0.9 of its
 * shingles; two write-ups of one leak in different words share ≈ 0.01–0.05 even when every spec
 * matches. 0.5 sits between with room on both sides for the estimate's ±0.036 standard deviation.
 */
export const NEAR_DUPLICATE_JACCARD = 0.5;

/**
 * Whether two signatures are near-duplicates. A text shorter than a shingle is one shingle of all
 * its words, so such texts match only a text with exactly the same words (hash equality, in effect);
 * an empty text matches nothing.
 */
export function isNearDuplicate(a: Uint32Array, b: Uint32Array): boolean {
  return estimateJaccard(a, b) >= NEAR_DUPLICATE_JACCARD;
}
