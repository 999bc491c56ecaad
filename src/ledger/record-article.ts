// One article into the ledger, in one transaction: stored once by content, linked to its story, its devices
// resolved, its claims appended. A process killed at any moment leaves either all of it or none of it.
import type { DeviceResolver } from './devices.js';
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
}

export async function findByContent(db: Db, hash: string): Promise<number | null> {
  const known = await db.selectFrom('article').select('id').where('content_hash', '=', hash).executeTakeFirst();
  return known?.id ?? null;
}

async function firstWithUrl(db: Db, url: string | null): Promise<number | null> {
  if (url === null) return null;
  const row = await db
    .selectFrom('article')
    .select(['id', 'revision_of'])
    .where('url', '=', url)
    .orderBy('id')
    .executeTakeFirst();
  return row ? (row.revision_of ?? row.id) : null;
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
  const knownId = await findByContent(db, facts.hash);
  if (knownId !== null) return { status: 'known', articleId: knownId };
  const deviceIds = await resolveDevices(db, memory.devices, prepared);
  const link = await linkStory(db, memory.publishers, {
    bands: facts.bands,
    signature: facts.signature,
    published: facts.published,
    publisherKey: facts.publisherKey,
    creditKeys: facts.creditKeys,
    originName: facts.originName,
    deviceIds: [...new Set(deviceIds.values())],
  });
  const revisionOf = await firstWithUrl(db, article.url);

  const { id: articleId } = await db
    .insertInto('article')
    .values({
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
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  memory.publishers.addArticle(facts.publisherKey);
  await db
    .insertInto('article_raw')
    .values({ article_id: articleId, sha256: facts.rawSha256, bytes: prepared.raw })
    .execute();
  // A copy joins its origin's story through the origin's bands; storing its own would only repeat them.
  if (facts.bands.length > 0 && link.kind !== 'syndicated') {
    await db
      .insertInto('article_band')
      .values(facts.bands.map((band) => ({ band, article_id: articleId })))
      .execute();
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
    await db.insertInto('device_alias').values(aliasRows).execute();
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
  if (relationRows.length > 0) await db.insertInto('device_relation').values(relationRows).execute();

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
  for (let i = 0; i < claimRows.length; i += ROWS_PER_INSERT) {
    await db
      .insertInto('claim')
      .values(claimRows.slice(i, i + ROWS_PER_INSERT))
      .execute();
  }
  const status = revisionOf !== null ? 'revision' : link.kind === 'new' ? 'new' : link.kind;
  return { status, articleId, storyId: link.storyId, claims: claimRows.length, link };
}
