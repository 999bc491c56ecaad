// Per device × attribute × qualifier: the competing values, each with its independent support, the leading
// value, and the conflicts. Pure: claims and a price converter in, a sheet out.
import { CERTAINTIES, type Certainty, type ClaimValue, type Money } from '../core/types.js';
import type { StoredClaim } from '../ledger/index.js';
import { isMoney, valueKey, valuesAgree } from './values.js';

/** Converts a price to the reader's currency at the date it was claimed; null when no rate is known. */
export type PriceConverter = (money: Money, date: string) => (Money & { rateDate: string }) | null;

export interface Candidate {
  value: ClaimValue;
  /** The price in the reader's currency at the claim's date (first claim's date), when converted. */
  converted: (Money & { rateDate: string }) | null;
  /** Independent stories behind the value: syndicated copies of one leak count once. */
  stories: number;
  claims: number;
  /** The strongest certainty any claim gave the value. */
  certainty: Certainty;
  /** Sum over stories of the strongest confidence each gave the value. */
  weight: number;
  sources: string[];
  publishers: string[];
  firstSeen: string;
  lastSeen: string;
  claimIds: number[];
}

export interface AttributeConsensus {
  attribute: string;
  qualifier: string | null;
  /** Strongest first; candidates[0] leads. */
  candidates: Candidate[];
  leader: Candidate;
  /** An official value leads: the others are settled against it rather than in conflict with it. */
  settled: boolean;
  /** Candidates that cannot be true together with the leader, when the leader is not official. */
  conflicts: Candidate[];
}

export interface DeviceConsensus {
  attributes: AttributeConsensus[];
  claims: number;
  stories: number;
  conflicts: number;
}

const RANK: Readonly<Record<Certainty, number>> = Object.fromEntries(CERTAINTIES.map((c, i) => [c, i])) as Record<
  Certainty,
  number
>;

/** A doubted value barely counts, however many repeat it; otherwise the confidence the article gave. */
function claimWeight(claim: StoredClaim): number {
  return claim.certainty === 'doubtful' ? Math.min(claim.confidence, 0.1) : claim.confidence;
}

function strongest(a: Certainty, b: Certainty): Certainty {
  return RANK[a] <= RANK[b] ? a : b;
}

interface Group {
  value: ClaimValue;
  claims: StoredClaim[];
}

function buildCandidate(group: Group, convert: PriceConverter | null): Candidate {
  const perStory = new Map<number, number>();
  let certainty: Certainty = 'doubtful';
  const sources = new Set<string>();
  const publishers = new Set<string>();
  for (const claim of group.claims) {
    perStory.set(claim.storyId, Math.max(perStory.get(claim.storyId) ?? 0, claimWeight(claim)));
    certainty = strongest(certainty, claim.certainty as Certainty);
    if (claim.source) sources.add(claim.source);
    if (claim.publisher) publishers.add(claim.publisher);
  }
  const first = group.claims[0] as StoredClaim;
  const last = group.claims[group.claims.length - 1] as StoredClaim;
  return {
    value: group.value,
    converted: convert && isMoney(group.value) ? convert(group.value, first.claimedOn) : null,
    stories: perStory.size,
    claims: group.claims.length,
    certainty,
    weight: [...perStory.values()].reduce((sum, w) => sum + w, 0),
    sources: [...sources],
    publishers: [...publishers],
    firstSeen: first.claimedOn,
    lastSeen: last.claimedOn,
    claimIds: group.claims.map((c) => c.id),
  };
}

function compareCandidates(a: Candidate, b: Candidate): number {
  const official = Number(b.certainty === 'official') - Number(a.certainty === 'official');
  if (official !== 0) return official;
  if (b.weight !== a.weight) return b.weight - a.weight;
  if (b.stories !== a.stories) return b.stories - a.stories;
  // Newer news wins a tie: a later report usually knows what the earlier one knew.
  return a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : 0;
}

/** Claims must come oldest first (the ledger's order). */
export function computeConsensus(
  claims: readonly StoredClaim[],
  convert: PriceConverter | null = null,
): DeviceConsensus {
  const byScope = new Map<string, { attribute: string; qualifier: string | null; groups: Map<string, Group> }>();
  for (const claim of claims) {
    const scopeKey = `${claim.attribute}\u0000${claim.qualifier ?? ''}`;
    let scope = byScope.get(scopeKey);
    if (!scope) {
      scope = { attribute: claim.attribute, qualifier: claim.qualifier, groups: new Map() };
      byScope.set(scopeKey, scope);
    }
    const key = valueKey(claim.value);
    const group = scope.groups.get(key);
    if (group) group.claims.push(claim);
    else scope.groups.set(key, { value: claim.value, claims: [claim] });
  }
  const attributes: AttributeConsensus[] = [];
  for (const scope of byScope.values()) {
    const candidates = [...scope.groups.values()].map((g) => buildCandidate(g, convert)).sort(compareCandidates);
    const leader = candidates[0] as Candidate;
    const settled = leader.certainty === 'official';
    const conflicts = settled
      ? []
      : candidates.slice(1).filter((c) => c.certainty !== 'doubtful' && !valuesAgree(c.value, leader.value));
    attributes.push({ attribute: scope.attribute, qualifier: scope.qualifier, candidates, leader, settled, conflicts });
  }
  return {
    attributes,
    claims: claims.length,
    stories: new Set(claims.map((c) => c.storyId)).size,
    conflicts: attributes.filter((a) => a.conflicts.length > 0).length,
  };
}
