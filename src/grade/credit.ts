// Who a graded claim counts for, and whether it counts at all. One prediction counts once: a syndicated
// copy, or the same source repeating the same value about the same device, is a repeat of the first
// appearance, which keeps the earliest date (the longest lead). Official claims are the answers, not
// predictions, and a claim made on or after the official date predicted nothing.
import { valueKey } from '../consensus/index.js';
import type { GradedClaim } from './types.js';

/** "@OnLeaks", "onleaks" and "OnLeaks " are one source. */
export function sourceKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/^@+/, '').replace(/\s+/g, ' ').toLowerCase();
}

function predictionKey(c: GradedClaim): string {
  return [
    sourceKey(c.creditedTo ?? ''),
    c.deviceId,
    c.attribute,
    (c.qualifier ?? '').toLowerCase(),
    valueKey(c.value),
  ].join('|');
}

/**
 * Marks each claim counted or not, with the reason, in place (the claims are the gradebook's own, fresh
 * objects: copying thousands of them again only fed the garbage collector); returns the same array.
 */
export function assignCredit(claims: GradedClaim[]): GradedClaim[] {
  const order = [...claims].sort((a, b) => a.claimedOn.localeCompare(b.claimedOn) || a.claimId - b.claimId);
  const first = new Map<string, number>();
  const marks = new Map<number, Pick<GradedClaim, 'counted' | 'notCountedBecause' | 'repeatOf'>>();
  for (const c of order) {
    if (c.certainty === 'official') {
      marks.set(c.claimId, { counted: false, notCountedBecause: 'official', repeatOf: null });
      continue;
    }
    if (c.creditedTo === null || sourceKey(c.creditedTo) === '') {
      marks.set(c.claimId, { counted: false, notCountedBecause: 'unsourced', repeatOf: null });
      continue;
    }
    const key = predictionKey(c);
    const earlier = first.get(key);
    if (earlier !== undefined) {
      marks.set(c.claimId, { counted: false, notCountedBecause: 'repeat', repeatOf: earlier });
      continue;
    }
    first.set(key, c.claimId);
    if (c.leadDays !== null && c.leadDays <= 0) {
      marks.set(c.claimId, { counted: false, notCountedBecause: 'after-official', repeatOf: null });
      continue;
    }
    marks.set(c.claimId, { counted: true, notCountedBecause: null, repeatOf: null });
  }
  for (const c of claims) Object.assign(c, marks.get(c.claimId));
  return claims;
}
