// Which official values a claim is graded against. Three origins, in order of authority: a person's
// confirmation, an imported catalog, an official article (a maker's announcement, its spec sheet). For one
// attribute and scope (qualifier) the highest origin present wins; within it the newest record wins, so a
// correction replaces what it corrects. Prices keep one official value per currency. Pure.
import type { StoredClaim } from '../ledger/index.js';
import { isMoney } from './rules/value-kinds.js';
import type { OfficialOrigin, OfficialValue } from './types.js';

const AUTHORITY: Readonly<Record<OfficialOrigin, number>> = { person: 0, catalog: 1, article: 2 };

/**
 * Official values stated by articles: every claim the article presents as `official`, unless its evidence
 * says otherwise. An "official" claim resting on a retailer's page, a document or an analyst's note is a
 * contradiction in the extraction (a launch article recalling the rumours it settles, a listing read as the
 * maker's word); trusting it would grade the rumour right against itself.
 */
export function officialsFromClaims(claims: readonly StoredClaim[]): OfficialValue[] {
  return claims
    .filter((c) => c.certainty === 'official' && (c.evidence === null || c.evidence === 'official'))
    .map((c) => ({
      attribute: c.attribute,
      qualifier: c.qualifier,
      value: c.value,
      origin: 'article' as const,
      ref: `claim:${c.id}`,
      source: c.publisher ?? c.source,
      knownOn: c.claimedOn,
    }));
}

/** The record's order within its origin: later wins. Article values order by date, stored ones by id. */
function recency(o: OfficialValue): string {
  const id = Number(o.ref.slice(o.ref.indexOf(':') + 1));
  return o.origin === 'article' ? `${o.knownOn}#${String(id).padStart(12, '0')}` : String(id).padStart(12, '0');
}

/**
 * A price's market ("UK", "US") is already told by its currency, so only a variant qualifier ("512GB")
 * makes a separate price slot: a launch's "£1,249 in the UK" then replaces an earlier "£1,349".
 */
function slotOf(o: OfficialValue): string {
  if (!isMoney(o.value)) return `${(o.qualifier ?? '').toLowerCase()}|`;
  const variant = o.qualifier !== null && /\d/.test(o.qualifier) ? o.qualifier.toLowerCase() : '';
  return `${variant}|${o.value.currency.toUpperCase()}`;
}

/**
 * The official values that stand, per attribute: for each scope (qualifier, and currency for prices), the
 * newest value of the highest origin. An official article's several values for one slot on its latest date
 * (two storage options named separately) all stand, as alternatives.
 */
export function standingOfficials(all: readonly OfficialValue[]): OfficialValue[] {
  const bySlot = new Map<string, OfficialValue[]>();
  for (const o of all) {
    const key = `${o.attribute}|${slotOf(o)}`;
    const list = bySlot.get(key);
    if (list) list.push(o);
    else bySlot.set(key, [o]);
  }
  const standing: OfficialValue[] = [];
  for (const list of bySlot.values()) {
    const top = Math.min(...list.map((o) => AUTHORITY[o.origin]));
    const tier = list.filter((o) => AUTHORITY[o.origin] === top).sort((a, b) => recency(a).localeCompare(recency(b)));
    const newest = tier[tier.length - 1] as OfficialValue;
    if (newest.origin === 'article') {
      const seen = new Set<string>();
      for (const o of tier.filter((t) => t.knownOn === newest.knownOn).reverse()) {
        const key = JSON.stringify(o.value);
        if (!seen.has(key)) standing.push(o);
        seen.add(key);
      }
    } else {
      standing.push(newest);
    }
  }
  return standing;
}

/**
 * The standing values a claim is compared with: those of its own scope; else the unscoped ones; else every
 * scope (a claim about "the price" is right if it names any variant's price).
 */
export function officialsForClaim(
  standing: readonly OfficialValue[],
  attribute: string,
  qualifier: string | null,
): OfficialValue[] {
  const mine = standing.filter((o) => o.attribute === attribute);
  const q = qualifier?.toLowerCase() ?? null;
  const exact = mine.filter((o) => (o.qualifier?.toLowerCase() ?? null) === q);
  if (exact.length > 0) return exact;
  const unscoped = mine.filter((o) => o.qualifier === null);
  return unscoped.length > 0 ? unscoped : mine;
}
