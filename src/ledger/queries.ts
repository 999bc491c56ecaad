// Read queries over the ledger: the device list and a device's claims with their articles.
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Schema } from '../db/index.js';
import type { ClaimValue } from '../core/types.js';
import { loadIdentity } from './devices.js';
import { canonicalId } from './identity.js';
import type { Db, DeviceRow } from './rows.js';

export interface DeviceSummary {
  id: number;
  name: string;
  brand: string | null;
  claims: number;
  stories: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** Other stored devices folded into this one by a merge or alias. */
  members: string[];
}

/** Every device with its members (merged devices count for the device they were merged into). */
export async function listDevices(db: Db): Promise<DeviceSummary[]> {
  const identity = await loadIdentity(db);
  const devices = await db.selectFrom('device').selectAll().orderBy('id').execute();
  const stats = await db
    .selectFrom('claim')
    .select([
      'device_id',
      sql<number>`count(*)`.as('claims'),
      sql<string>`min(claimed_on)`.as('first_seen'),
      sql<string>`max(claimed_on)`.as('last_seen'),
    ])
    .groupBy('device_id')
    .execute();
  const storyPairs = await db.selectFrom('claim').select(['device_id', 'story_id']).distinct().execute();
  const byId = new Map(stats.map((s) => [s.device_id, s]));
  const summaries = new Map<number, DeviceSummary & { storyIds: Set<number> }>();
  for (const device of devices) {
    const root = canonicalId(identity, device.id);
    if (root !== device.id) continue;
    summaries.set(device.id, {
      id: device.id,
      name: device.name,
      brand: device.brand,
      claims: 0,
      stories: 0,
      firstSeen: null,
      lastSeen: null,
      members: [],
      storyIds: new Set(),
    });
  }
  for (const device of devices) {
    const summary = summaries.get(canonicalId(identity, device.id));
    if (!summary) continue;
    if (summary.id !== device.id) summary.members.push(device.name);
    const s = byId.get(device.id);
    if (!s) continue;
    summary.claims += Number(s.claims);
    if (summary.firstSeen === null || s.first_seen < summary.firstSeen) summary.firstSeen = s.first_seen;
    if (summary.lastSeen === null || s.last_seen > summary.lastSeen) summary.lastSeen = s.last_seen;
  }
  for (const pair of storyPairs) summaries.get(canonicalId(identity, pair.device_id))?.storyIds.add(pair.story_id);
  return [...summaries.values()].map(({ storyIds, ...summary }) => ({ ...summary, stories: storyIds.size }));
}

export interface StoredClaim {
  id: number;
  articleId: number;
  storyId: number;
  deviceName: string;
  attribute: string;
  value: ClaimValue;
  qualifier: string | null;
  certainty: string;
  confidence: number;
  source: string | null;
  evidence: string | null;
  span: [number, number];
  quote: string;
  claimedOn: string;
  publisher: string | null;
  title: string | null;
  url: string | null;
}

/** The columns a StoredClaim is read from: a claim joined with its article. */
export const CLAIM_COLUMNS = [
  'claim.id',
  'claim.article_id',
  'claim.story_id',
  'claim.device_name',
  'claim.attribute',
  'claim.value',
  'claim.qualifier',
  'claim.certainty',
  'claim.confidence',
  'claim.source',
  'claim.evidence',
  'claim.span_start',
  'claim.span_end',
  'claim.quote',
  'claim.claimed_on',
  'article.publisher',
  'article.title',
  'article.url',
] as const;

type ClaimJoinRow = {
  id: number;
  article_id: number;
  story_id: number;
  device_name: string;
  attribute: string;
  value: string;
  qualifier: string | null;
  certainty: string;
  confidence: number;
  source: string | null;
  evidence: string | null;
  span_start: number;
  span_end: number;
  quote: string;
  claimed_on: string;
  publisher: string | null;
  title: string | null;
  url: string | null;
};

export function toStoredClaim(row: ClaimJoinRow): StoredClaim {
  return {
    id: row.id,
    articleId: row.article_id,
    storyId: row.story_id,
    deviceName: row.device_name,
    attribute: row.attribute,
    value: JSON.parse(row.value) as ClaimValue,
    qualifier: row.qualifier,
    certainty: row.certainty,
    confidence: row.confidence,
    source: row.source,
    evidence: row.evidence,
    span: [row.span_start, row.span_end],
    quote: row.quote,
    claimedOn: row.claimed_on,
    publisher: row.publisher,
    title: row.title,
    url: row.url,
  };
}

/** The ids of the stored devices that stand for this device now (itself and what was merged into it). */
export async function memberIds(db: Db, device: DeviceRow): Promise<number[]> {
  const identity = await loadIdentity(db);
  if (identity.mergedInto.size === 0) return [device.id];
  const all = await db.selectFrom('device').select('id').execute();
  return all.map((d) => d.id).filter((id) => canonicalId(identity, id) === device.id);
}

/**
 * A claim still counts unless a correction superseded it or its article was re-published under the same URL
 * with newer text (the newest revision speaks for the page). For queries joining claim and article.
 */
export function isCurrentClaim(eb: ExpressionBuilder<Schema, 'claim' | 'article'>): Expression<SqlBool> {
  return eb.and([
    eb.not(eb.exists(eb.selectFrom('claim as newer').select('newer.id').whereRef('newer.supersedes', '=', 'claim.id'))),
    eb.not(
      eb.exists(
        eb
          .selectFrom('article as later')
          .select('later.id')
          .whereRef('later.revision_of', '=', 'article.id')
          .where('later.revision_of', 'is not', null),
      ),
    ),
    eb.or([
      eb('article.revision_of', 'is', null),
      eb.not(
        eb.exists(
          eb
            .selectFrom('article as later')
            .select('later.id')
            .whereRef('later.revision_of', '=', 'article.revision_of')
            .whereRef('later.id', '>', 'article.id'),
        ),
      ),
    ]),
  ]);
}

/**
 * A device's claims, oldest first, leaving out claims of an article that was later re-published under the
 * same URL (the newer text speaks for it) and claims superseded by a correction. Both are rare, so they
 * are read as two small sets and left out here, rather than tested by a subquery for each of the
 * device's (possibly tens of thousands of) claims.
 */
export async function claimsForDevice(db: Db, device: DeviceRow, attribute?: string): Promise<StoredClaim[]> {
  const ids = await memberIds(db, device);
  const superseded = await supersededClaims(db);
  const newest = await newestRevisions(db);
  // The claims alone, then each of their articles once: a device's claims come from a few articles each,
  // and a join would build the article's fields into every claim's row. Sorted here, not by the database,
  // whose sorter would copy every whole row (quotes included) once more.
  let claimQuery = db
    .selectFrom('claim')
    .select([
      'id',
      'article_id',
      'story_id',
      'device_name',
      'attribute',
      'value',
      'qualifier',
      'certainty',
      'confidence',
      'source',
      'evidence',
      'span_start',
      'span_end',
      'quote',
      'claimed_on',
    ])
    .where('device_id', 'in', ids);
  let articleIds = db.selectFrom('claim').select('article_id').where('device_id', 'in', ids);
  if (attribute) {
    claimQuery = claimQuery.where('attribute', '=', attribute);
    articleIds = articleIds.where('attribute', '=', attribute);
  }
  const rows = await claimQuery.execute();
  const articles = new Map(
    (
      await db
        .selectFrom('article')
        .select(['id', 'revision_of', 'publisher', 'title', 'url'])
        .where('id', 'in', articleIds)
        .execute()
    ).map((a) => [a.id, a]),
  );
  const current = (row: (typeof rows)[number]): boolean => {
    const revisionOf = articles.get(row.article_id)?.revision_of ?? null;
    return (
      !superseded.has(row.id) &&
      // An original that has a revision, or a revision that a newer one replaced.
      !newest.has(row.article_id) &&
      (revisionOf === null || newest.get(revisionOf) === row.article_id)
    );
  };
  return rows
    .filter(current)
    .sort((a, b) => (a.claimed_on < b.claimed_on ? -1 : a.claimed_on > b.claimed_on ? 1 : a.id - b.id))
    .map((row) => {
      const article = articles.get(row.article_id);
      return toStoredClaim({
        ...row,
        publisher: article?.publisher ?? null,
        title: article?.title ?? null,
        url: article?.url ?? null,
      });
    });
}

/** Ids of the claims that a later correction supersedes. */
async function supersededClaims(db: Db): Promise<Set<number>> {
  const rows = await db.selectFrom('claim').select('supersedes').where('supersedes', 'is not', null).execute();
  return new Set(rows.map((r) => r.supersedes as number));
}

/** For each article re-published under its URL: the id of its newest revision. */
async function newestRevisions(db: Db): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('article')
    .select(['revision_of', (eb) => eb.fn.max('id').as('newest')])
    .where('revision_of', 'is not', null)
    .groupBy('revision_of')
    .execute();
  return new Map(rows.map((r) => [r.revision_of as number, Number(r.newest)]));
}
