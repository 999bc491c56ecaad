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

/** A source's counted outcomes by the date each became known, with running sums for a binary search. */
interface History {
  on: string[];
  /** sums[i]: the sum of the first i outcomes. */
  sums: number[];
}

function historyOf(entries: { on: string; outcome: number }[]): History {
  entries.sort((a, b) => a.on.localeCompare(b.on));
  const sums = [0];
  for (const e of entries) sums.push((sums[sums.length - 1] as number) + e.outcome);
  return { on: entries.map((e) => e.on), sums };
}

/** How many outcomes became known strictly before `date`. */
function knownBefore(history: History, date: string): number {
  let lo = 0;
  let hi = history.on.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((history.on[mid] as string) < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Fills recordConfidence for every claim, in place, from the counted grades of its source known before its date. A
 * counted claim's own grade is known only after its date (its lead time is positive), so it never weighs
 * on itself.
 */
export function applyRecords(claims: GradedClaim[]): GradedClaim[] {
  const entries = new Map<string, { on: string; outcome: number }[]>();
  for (const c of claims) {
    const outcome = outcomeOf(c);
    if (!c.counted || outcome === null || c.official === null || c.creditedTo === null) continue;
    const key = sourceKey(c.creditedTo);
    const list = entries.get(key) ?? [];
    list.push({ on: c.official.knownOn, outcome });
    entries.set(key, list);
  }
  const histories = new Map([...entries].map(([key, list]) => [key, historyOf(list)]));
  // In place, as assignCredit: the claims are the gradebook's own objects.
  for (const c of claims) {
    const history =
      c.certainty === 'official' || c.creditedTo === null ? undefined : histories.get(sourceKey(c.creditedTo));
    if (!history) {
      c.recordConfidence = c.stanceConfidence;
      continue;
    }
    const n = knownBefore(history, c.claimedOn);
    c.recordConfidence = (PRIOR_STRENGTH * c.stanceConfidence + (history.sums[n] as number)) / (PRIOR_STRENGTH + n);
  }
  return claims;
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
