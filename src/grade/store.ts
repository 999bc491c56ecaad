// The grade stage's reads and writes: stored official values, device status, story origins, the trail.
import type { ClaimValue } from '../core/types.js';
import type { Schema } from '../db/index.js';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Grade, GradeRecord, OfficialValue } from './types.js';

export type Db = Kysely<Schema> | Transaction<Schema>;

function brandKey(brand: string | null): string {
  return (brand ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Stored official values under any of the device's keys. A key leaves the brand out, so a row whose brand
 * is known and differs from the device's ("BLU Ultra" for a Samsung whose key is also "ultra") is another
 * maker's device and is left out.
 */
export async function storedOfficials(
  db: Db,
  keys: readonly string[],
  brand: string | null = null,
): Promise<OfficialValue[]> {
  if (keys.length === 0) return [];
  const own = brandKey(brand);
  const rows = await db
    .selectFrom('official_value')
    .selectAll()
    .where('device_key', 'in', keys)
    .orderBy('id')
    .execute();
  const sameMaker = (r: { brand: string | null }): boolean =>
    own === '' || brandKey(r.brand) === '' || brandKey(r.brand) === own;
  return rows.filter(sameMaker).map((r) => ({
    attribute: r.attribute,
    qualifier: r.qualifier,
    value: JSON.parse(r.value) as ClaimValue,
    origin: r.origin,
    ref: `${r.origin}:${r.id}`,
    source: r.source,
    knownOn: r.known_on,
  }));
}

/** Whether the newest status row for any of the keys says cancelled. */
export async function isCancelled(db: Db, keys: readonly string[]): Promise<boolean> {
  if (keys.length === 0) return false;
  const row = await db
    .selectFrom('device_status')
    .select('status')
    .where('device_key', 'in', keys)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row?.status === 'cancelled';
}

/**
 * The publisher of each story's origin: its earliest article from the publisher the story was opened in the
 * name of, else its earliest article. Derived on read, as the ledger does, so a late origin needs no update.
 */
export async function storyOrigins(db: Db): Promise<Map<number, string | null>> {
  const stories = await db.selectFrom('story').select(['id', 'origin_publisher', 'origin_publisher_name']).execute();
  const articles = await db
    .selectFrom('article')
    .select(['id', 'story_id', 'published', 'publisher', 'publisher_key'])
    .orderBy('published')
    .orderBy('id')
    .execute();
  const earliest = new Map<number, string | null>();
  const fromCredited = new Map<number, string | null>();
  const credited = new Map(stories.map((s) => [s.id, s.origin_publisher]));
  for (const a of articles) {
    if (!earliest.has(a.story_id)) earliest.set(a.story_id, a.publisher);
    const key = credited.get(a.story_id);
    if (key && a.publisher_key === key && !fromCredited.has(a.story_id)) fromCredited.set(a.story_id, a.publisher);
  }
  const origins = new Map<number, string | null>();
  for (const s of stories) {
    origins.set(s.id, fromCredited.get(s.id) ?? earliest.get(s.id) ?? s.origin_publisher_name ?? null);
  }
  return origins;
}

function toRecord(r: Selectable<Schema['grade']>): GradeRecord {
  return {
    id: r.id,
    claimId: r.claim_id,
    grade: r.grade as Grade,
    official: r.official === null ? null : (JSON.parse(r.official) as ClaimValue),
    officialRef: r.official_ref,
    leadDays: r.lead_days,
    reason: r.reason,
    replaces: r.replaces,
    recordedAt: r.created_at,
  };
}

function selectTrail(db: Db, claimIds: readonly number[]): Promise<Selectable<Schema['grade']>[]> {
  return db.selectFrom('grade').selectAll().where('claim_id', 'in', claimIds).orderBy('id').execute();
}

/** The recorded grades of these claims, oldest first. */
export async function gradeTrail(db: Db, claimIds: readonly number[]): Promise<GradeRecord[]> {
  const out: GradeRecord[] = [];
  // Bound parameters per statement stay far under SQLite's limit.
  for (let i = 0; i < claimIds.length; i += 500) {
    for (const row of await selectTrail(db, claimIds.slice(i, i + 500))) out.push(toRecord(row));
  }
  return out.sort((a, b) => a.id - b.id);
}

/** The newest recorded grade of every claim that has one. */
export async function latestGrades(db: Db): Promise<Map<number, GradeRecord>> {
  const rows = await db.selectFrom('grade').selectAll().orderBy('id').execute();
  const latest = new Map<number, GradeRecord>();
  for (const row of rows) latest.set(row.claim_id, toRecord(row));
  return latest;
}
