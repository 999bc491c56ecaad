// The record-based confidence: the article's stance as a Beta prior, updated by the source's graded
// history as it stood on the claim's date (grades known before it, so no claim is judged with hindsight).
// A source with a bad record is trusted less next time; one with no record keeps the stance.
import { sourceKey } from './credit.js';
import type { GradedClaim } from './types.js';

/** How many graded claims the stance is worth: after this many, the record weighs as much as the stance. */
export const PRIOR_STRENGTH = 4;

/** Right 1, partly 0.5, wrong 0; null for grades that say nothing about the source. */
export function outcomeOf(claim: Pick<GradedClaim, 'grade'>): number | null {
  return claim.grade === 'right' ? 1 : claim.grade === 'partly' ? 0.5 : claim.grade === 'wrong' ? 0 : null;
}

/** Posterior mean of Beta(k·stance + Σ outcomes, k·(1 − stance) + Σ (1 − outcomes)). */
export function posteriorMean(stance: number, outcomes: readonly number[]): number {
  const sum = outcomes.reduce((a, b) => a + b, 0);
  return (PRIOR_STRENGTH * stance + sum) / (PRIOR_STRENGTH + outcomes.length);
}

interface Known {
  /** The date the grade became known: the official value's date. */
  on: string;
  outcome: number;
  claimId: number;
}

/** Fills recordConfidence for every claim from the counted grades of its source known before its date. */
export function applyRecords(claims: readonly GradedClaim[]): GradedClaim[] {
  const history = new Map<string, Known[]>();
  for (const c of claims) {
    const outcome = outcomeOf(c);
    if (!c.counted || outcome === null || c.official === null || c.creditedTo === null) continue;
    const key = sourceKey(c.creditedTo);
    const list = history.get(key) ?? [];
    list.push({ on: c.official.knownOn, outcome, claimId: c.claimId });
    history.set(key, list);
  }
  return claims.map((c) => {
    if (c.certainty === 'official' || c.creditedTo === null) return { ...c, recordConfidence: c.stanceConfidence };
    const known = (history.get(sourceKey(c.creditedTo)) ?? []).filter(
      (k) => k.on < c.claimedOn && k.claimId !== c.claimId,
    );
    return {
      ...c,
      recordConfidence: posteriorMean(
        c.stanceConfidence,
        known.map((k) => k.outcome),
      ),
    };
  });
}

/** What a new claim with a neutral stance from this source would get today. */
export function trustOf(claims: readonly GradedClaim[]): number {
  const outcomes = claims
    .filter((c) => c.counted)
    .flatMap((c) => {
      const o = outcomeOf(c);
      return o === null ? [] : [o];
    });
  return posteriorMean(0.5, outcomes);
}
