// One article into the ledger, in one transaction: stored once by content, linked to its story, its devices
// resolved, its claims appended. A process killed at any moment leaves either all of it or none of it.
import type { PrecompiledQueries } from '../db/index.js';
import type { DeviceResolver } from './devices.js';
import type { Insertable } from 'kysely';
import type { Schema } from '../db/index.js';
import type { PreparedArticle } from './prepare-article.js';
import type { PublisherIndex } from './publishers.js';
import type { Db } from './rows.js';
import { linkStory, type StoryLink } from './stories.js';

export type RecordOutcome =
  | { status: 'known'; articleId: number }
  | {
      status: 'new' | 'syndicated' | 'credited' | 'revision';
      articleId: number;
      storyId: number;
      claims: number;
      link: StoryLink;
    };

/** What the writing side keeps between articles of a run (see DeviceResolver and PublisherIndex). */
export interface WriteMemory {
  devices: DeviceResolver;
  publishers: PublisherIndex;
  /** The per-article statements, compiled once per shape. */
  queries: PrecompiledQueries;
}

export async function findByContent(db: Db, queries: PrecompiledQueries, hash: string): Promise<number | null> {
  const { rows } = await queries.execute(db, 'article by content', [hash, 1], () =>
    db.selectFrom('article').select('id').where('content_hash', '=', hash).limit(1),
  );
  return rows[0]?.id ?? null;
}

async function firstWithUrl(db: Db, queries: PrecompiledQueries, url: string | null): Promise<number | null> {
  if (url === null) return null;
  const { rows } = await queries.execute(db, 'first article at url', [url, 1], () =>
    db.selectFrom('article').select(['id', 'revision_of']).where('url', '=', url).orderBy('id').limit(1),
  );
  const row = rows[0];
  return row ? (row.revision_of ?? row.id) : null;
}

/** Inserts rows of one table in statements of at most `perStatement` rows, each shape compiled once. */
async function insertRows<T extends 'article_band' | 'device_alias' | 'device_relation' | 'claim'>(
  db: Db,
  queries: PrecompiledQueries,
  table: T,
  rows: Insertable<Schema[T]>[],
  perStatement: number,
): Promise<void> {
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const columns = Object.keys(chunk[0] as object) as (keyof (typeof chunk)[number])[];
    const parameters = chunk.flatMap((row) => columns.map((column) => row[column]));
    await queries.execute(db, `insert ${table} ${columns.join(',')} × ${chunk.length}`, parameters, () =>
      db.insertInto(table).values(chunk as never),
    );
  }
}

async function resolveDevices(
  db: Db,
  devices: DeviceResolver,
  prepared: PreparedArticle,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const name of prepared.facts.names) ids.set(name.name, await devices.resolve(db, name));
  return ids;
}

/** SQLite caps bound parameters per statement; 16 columns × 50 rows stays far below it. */
const ROWS_PER_INSERT = 50;

export async function recordPrepared(db: Db, memory: WriteMemory, prepared: PreparedArticle): Promise<RecordOutcome> {
  const { article, facts } = prepared;
  const { queries } = memory;
  const knownId = await findByContent(db, queries, facts.hash);
  if (knownId !== null) return { status: 'known', articleId: knownId };
  const deviceIds = await resolveDevices(db, memory.devices, prepared);
  const link = await linkStory(db, memory.publishers, queries, {
    bands: facts.bands,
    signature: facts.signature,
    published: facts.published,
    publisherKey: facts.publisherKey,
    creditKeys: facts.creditKeys,
    originName: facts.originName,
    deviceIds: [...new Set(deviceIds.values())],
  });
  const revisionOf = await firstWithUrl(db, queries, article.url);

  const articleRow = {
    content_hash: facts.hash,
    url: article.url,
    revision_of: revisionOf,
    story_id: link.storyId,
    title: facts.title,
    published: facts.published,
    publisher: facts.publisher,
    publisher_key: facts.publisherKey || null,
    authors: facts.authors,
    format: article.format,
    text: article.text,
    signature: facts.signatureText,
  };
  const inserted = await queries.execute(db, 'insert article', Object.values(articleRow), () =>
    db.insertInto('article').values(articleRow).returning('id'),
  );
  const articleId = (inserted.rows[0] as { id: number }).id;
  memory.publishers.addArticle(facts.publisherKey);
  const rawRow = { article_id: articleId, sha256: facts.rawSha256, bytes: prepared.raw };
  await queries.execute(db, 'insert article_raw', Object.values(rawRow), () =>
    db.insertInto('article_raw').values(rawRow),
  );
  // A copy joins its origin's story through the origin's bands; storing its own would only repeat them.
  if (facts.bands.length > 0 && link.kind !== 'syndicated') {
    const bandRows = facts.bands.map((band) => ({ band, article_id: articleId }));
    await insertRows(db, queries, 'article_band', bandRows, ROWS_PER_INSERT);
  }

  const aliasRows = facts.devices.flatMap((device) =>
    device.aliases.map(({ alias, key }) => ({
      device_id: deviceIds.get(device.name) ?? 0,
      alias,
      key,
      article_id: articleId,
    })),
  );
  if (aliasRows.length > 0) {
    await insertRows(db, queries, 'device_alias', aliasRows, ROWS_PER_INSERT);
    for (const row of aliasRows) memory.devices.learn(row.key, row.device_id);
  }

  const relationRows = facts.devices.flatMap((device) =>
    device.relations.flatMap((relation) => {
      const from = deviceIds.get(device.name);
      const to = deviceIds.get(relation.device);
      return from === undefined || to === undefined || from === to
        ? []
        : [{ device_id: from, type: relation.type, other_device_id: to, article_id: articleId }];
    }),
  );
  await insertRows(db, queries, 'device_relation', relationRows, ROWS_PER_INSERT);

  const claimRows = facts.claims.map((claim) => ({
    article_id: articleId,
    story_id: link.storyId,
    device_id: deviceIds.get(claim.device) ?? 0,
    device_name: claim.device,
    attribute: claim.attribute,
    value: claim.value,
    qualifier: claim.qualifier,
    certainty: claim.certainty,
    confidence: claim.confidence,
    source: claim.source,
    evidence: claim.evidence,
    span_start: claim.spanStart,
    span_end: claim.spanEnd,
    quote: claim.quote,
    claimed_on: facts.claimedOn,
    supersedes: null,
  }));
  await insertRows(db, queries, 'claim', claimRows, ROWS_PER_INSERT);
  const status = revisionOf !== null ? 'revision' : link.kind === 'new' ? 'new' : link.kind;
  return { status, articleId, storyId: link.storyId, claims: claimRows.length, link };
}
