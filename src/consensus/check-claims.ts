// How each claim of an article that is not stored stands against what the ledger already holds for its
// device: new, agreeing with the leading value, or conflicting with it. Pure: claims and sheets in.
import type { Claim } from '../core/types.js';
import type { Candidate, DeviceConsensus } from './compute-consensus.js';
import { isMoney, valueKey, valuesAgree } from './values.js';

export type CheckStatus = 'new' | 'agrees' | 'conflicts';

/** Why a claim got its status, in terms a page can explain. */
export type CheckReason =
  | 'new-device'
  | 'new-attribute'
  /** The ledger has prices for this device, but none in this currency: markets are priced separately. */
  | 'new-currency'
  | 'same-as-leader'
  | 'agrees-with-leader'
  | 'differs-from-leader'
  | 'differs-from-official';

export interface ClaimCheck {
  claim: Claim;
  status: CheckStatus;
  reason: CheckReason;
  /** The leading value the claim was weighed against, when there was one. */
  leader: Candidate | null;
  /** A stored value equal to the claim's (the leader, or a trailing value the claim backs), when there is one. */
  same: Candidate | null;
}

/**
 * `sheets` maps each device name the claims use to that device's consensus, or null when the ledger does
 * not know the device.
 */
export function checkClaims(
  claims: readonly Claim[],
  sheets: ReadonlyMap<string, DeviceConsensus | null>,
): ClaimCheck[] {
  return claims.map((claim) => checkClaim(claim, sheets.get(claim.device) ?? null));
}

/**
 * The candidates a claim is weighed against: its own attribute × qualifier when the ledger has it; else
 * every qualifier of the attribute pooled, strongest first ("$999" with no market named is weighed
 * against the US price, and "$999 in the US" against an unqualified one).
 */
function candidatesFor(claim: Claim, sheet: DeviceConsensus): Candidate[] {
  const scopes = sheet.attributes.filter((a) => a.attribute === claim.attribute);
  const exact = scopes.find((a) => a.qualifier === claim.qualifier);
  if (exact) return exact.candidates;
  return scopes
    .flatMap((a) => a.candidates)
    .sort((a, b) => Number(b.certainty === 'official') - Number(a.certainty === 'official') || b.weight - a.weight);
}

function checkClaim(claim: Claim, sheet: DeviceConsensus | null): ClaimCheck {
  const none = { leader: null, same: null };
  if (sheet === null) return { claim, status: 'new', reason: 'new-device', ...none };
  const candidates = candidatesFor(claim, sheet);
  if (candidates.length === 0) return { claim, status: 'new', reason: 'new-attribute', ...none };
  // A price is weighed only against prices in its own currency.
  const value = claim.value;
  const comparable = isMoney(value)
    ? candidates.filter((c) => isMoney(c.value) && c.value.currency === value.currency)
    : candidates;
  const leader = comparable[0];
  if (!leader) return { claim, status: 'new', reason: 'new-currency', ...none };
  const key = valueKey(value);
  const same = comparable.find((c) => valueKey(c.value) === key) ?? null;
  if (same === leader) return { claim, status: 'agrees', reason: 'same-as-leader', leader, same };
  if (valuesAgree(value, leader.value)) return { claim, status: 'agrees', reason: 'agrees-with-leader', leader, same };
  const reason = leader.certainty === 'official' ? 'differs-from-official' : 'differs-from-leader';
  return { claim, status: 'conflicts', reason, leader, same };
}
