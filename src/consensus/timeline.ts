// A device's claims in date order, each marked by what it did to the picture: introduced a value, repeated
// one, or contradicted what was leading at the time.
import type { StoredClaim } from '../ledger/index.js';
import { valueKey, valuesAgree } from './values.js';

export type TimelineMark = 'new' | 'repeat' | 'contradicts';

export interface TimelineEntry {
  claim: StoredClaim;
  mark: TimelineMark;
}

/** Claims must come oldest first (the ledger's order). */
export function buildTimeline(claims: readonly StoredClaim[]): TimelineEntry[] {
  const earlier = new Map<string, Map<string, StoredClaim>>();
  return claims.map((claim) => {
    const scope = `${claim.attribute}\u0000${claim.qualifier ?? ''}`;
    const key = valueKey(claim.value);
    const values = earlier.get(scope) ?? new Map<string, StoredClaim>();
    earlier.set(scope, values);
    let mark: TimelineMark = 'new';
    if (values.has(key)) mark = 'repeat';
    else if ([...values.values()].some((e) => !valuesAgree(e.value, claim.value))) mark = 'contradicts';
    values.set(key, claim);
    return { claim, mark };
  });
}
