// Read queries the surfaces page through: devices by name, claims by words and filters.
import { sql } from 'kysely';
import { CLAIM_COLUMNS, isCurrentClaim, listDevices, memberIds, toStoredClaim } from './queries.js';
import type { DeviceSummary, StoredClaim } from './queries.js';
import type { Db, DeviceRow } from './rows.js';

export interface Page<T> {
  total: number;
  offset: number;
  limit: number;
  items: T[];
}

export type DeviceOrder = 'claims' | 'recent' | 'name';

export interface DeviceSearch {
  /** Words the name (or a merged member's name) must contain, case-insensitively. */
  text?: string;
  /** Also devices only mentioned in passing, with no claims of their own. */
  all?: boolean;
  order?: DeviceOrder;
  offset: number;
  limit: number;
}

const DEVICE_ORDER: Readonly<Record<DeviceOrder, (a: DeviceSummary, b: DeviceSummary) => number>> = {
  claims: (a, b) => b.claims - a.claims || a.name.localeCompare(b.name),
  recent: (a, b) => (b.lastSeen ?? '').localeCompare(a.lastSeen ?? '') || b.claims - a.claims,
  name: (a, b) => a.name.localeCompare(b.name),
};

/**
 * Devices matching the search, one page of them. Identity (merges, aliases) is replayed in memory, so the
 * filter runs over the device summaries rather than in SQL; the device table is small beside the claims.
 */
export async function searchDevices(db: Db, search: DeviceSearch): Promise<Page<DeviceSummary>> {
  const words = (search.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (d: DeviceSummary): boolean => {
    const names = [d.name, ...d.members].join('\n').toLowerCase();
    return words.every((w) => names.includes(w));
  };
  const found = (await listDevices(db))
    .filter((d) => (search.all === true || d.claims > 0) && matches(d))
    .sort(DEVICE_ORDER[search.order ?? 'claims']);
  return {
    total: found.length,
    offset: search.offset,
    limit: search.limit,
    items: found.slice(search.offset, search.offset + search.limit),
  };
}

export interface ClaimSearch {
  /** Words that must each appear in the quote, the attribute, the device name as written, the source or the publisher. */
  text?: string;
  device?: DeviceRow;
  attribute?: string;
  certainty?: string;
  source?: string;
  publisher?: string;
  /** Claimed on or after / on or before, YYYY-MM-DD. */
  since?: string;
  until?: string;
  offset: number;
  limit: number;
}

/** `%`, `_` and the escape character itself are literal in a search. */
function likePattern(word: string): string {
  return `%${word.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Current claims (see isCurrentClaim) matching every filter, newest first, one page of them. */
export async function searchClaims(db: Db, search: ClaimSearch): Promise<Page<StoredClaim>> {
  let query = db.selectFrom('claim').innerJoin('article', 'article.id', 'claim.article_id').where(isCurrentClaim);
  if (search.device) query = query.where('claim.device_id', 'in', await memberIds(db, search.device));
  if (search.attribute) query = query.where('claim.attribute', '=', search.attribute);
  if (search.certainty) query = query.where('claim.certainty', '=', search.certainty);
  if (search.source) query = query.where(sql`lower(claim.source)`, '=', search.source.toLowerCase());
  if (search.publisher) query = query.where(sql`lower(article.publisher)`, '=', search.publisher.toLowerCase());
  if (search.since) query = query.where('claim.claimed_on', '>=', search.since);
  if (search.until) query = query.where('claim.claimed_on', '<=', search.until);
  for (const word of (search.text ?? '').split(/\s+/).filter(Boolean)) {
    const pattern = likePattern(word);
    query = query.where((eb) =>
      eb.or(
        ['claim.quote', 'claim.attribute', 'claim.device_name', 'claim.source', 'article.publisher'].map(
          (column) => sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`,
        ),
      ),
    );
  }
  const counted = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .select(CLAIM_COLUMNS)
    .orderBy('claim.claimed_on', 'desc')
    .orderBy('claim.id', 'desc')
    .limit(search.limit)
    .offset(search.offset)
    .execute();
  return { total: Number(counted.n), offset: search.offset, limit: search.limit, items: rows.map(toStoredClaim) };
}
