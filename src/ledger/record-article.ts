// One article into the ledger, in one transaction: stored once by content, linked to its story, its devices
// resolved, its claims appended. A process killed at any moment leaves either all of it or none of it.
import { createHash } from 'node:crypto';
import type { Article, ExtractionResult } from '../core/types.js';
import { extractClaims } from '../extract/index.js';
import {
  contentHash,
  creditedOrigins,
  encodeSignature,
  minhashSignature,
  normalisePublisher,
  signatureBands,
} from '../ingest/syndication/index.js';
import { deviceKey } from './device-key.js';
import type { DeviceResolver } from './devices.js';
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

export interface ArticleToRecord {
  article: Article;
  /** The bytes as they arrived (archived and hashed). */
  raw: Uint8Array;
  /** Extraction options: the CLI's --published / --publisher overrides. */
  published?: string | null;
  publisher?: string | null;
  /** Today's date, for claims in articles that carry no date of their own. */
  today: string;
}

/**
 * Everything about an article that needs no database: extraction, the content hash, the syndication
 * signature and the publishers it credits. Pure CPU, so a worker thread can do it while the main
 * thread stores the previous article.
 */
export interface PreparedArticle {
  article: Article;
  raw: Uint8Array;
  rawSha256: string;
  today: string;
  hash: string;
  result: ExtractionResult;
  signature: Uint32Array;
  bands: string[];
  credits: string[];
}

export function prepareArticle(input: ArticleToRecord): PreparedArticle {
  const { article } = input;
  const { result } = extractClaims(article, { published: input.published, publisher: input.publisher });
  const signature = minhashSignature(article.text);
  return {
    article,
    raw: input.raw,
    rawSha256: sha256(input.raw),
    today: input.today,
    hash: contentHash(article.text),
    result,
    signature,
    bands: signatureBands(signature),
    // A claim sourced to a publication ("LeakWire reports…") credits that publication's story too.
    credits: [...result.via, ...creditedOrigins(article.text), ...claimSources(result)],
  };
}

export async function findByContent(db: Db, hash: string): Promise<number | null> {
  const known = await db.selectFrom('article').select('id').where('content_hash', '=', hash).executeTakeFirst();
  return known?.id ?? null;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
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

async function resolveDevices(db: Db, devices: DeviceResolver, result: ExtractionResult): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const device of result.devices) ids.set(device.name, await devices.resolve(db, device));
  for (const claim of result.claims) {
    if (!ids.has(claim.device)) ids.set(claim.device, await devices.resolve(db, { name: claim.device, brand: null }));
  }
  return ids;
}

function claimSources(result: ExtractionResult): string[] {
  return [...new Set(result.claims.map((c) => c.source).filter((s): s is string => s !== null))];
}

export async function recordPrepared(
  db: Db,
  devices: DeviceResolver,
  prepared: PreparedArticle,
): Promise<RecordOutcome> {
  const { article, result, signature, bands } = prepared;
  const knownId = await findByContent(db, prepared.hash);
  if (knownId !== null) return { status: 'known', articleId: knownId };
  const hash = prepared.hash;
  const deviceIds = await resolveDevices(db, devices, result);
  const link = await linkStory(db, {
    bands,
    signature,
    published: result.published,
    publisher: result.publisher,
    credits: prepared.credits,
    deviceIds: [...new Set(deviceIds.values())],
  });
  const revisionOf = await firstWithUrl(db, article.url);

  const { id: articleId } = await db
    .insertInto('article')
    .values({
      content_hash: hash,
      url: article.url,
      revision_of: revisionOf,
      story_id: link.storyId,
      title: result.title ?? article.title,
      published: result.published,
      publisher: result.publisher,
      publisher_key: result.publisher ? normalisePublisher(result.publisher) || null : null,
      authors: JSON.stringify(result.authors),
      format: article.format,
      text: article.text,
      signature: encodeSignature(signature),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('article_raw')
    .values({ article_id: articleId, sha256: prepared.rawSha256, bytes: prepared.raw })
    .execute();
  // A copy joins its origin's story through the origin's bands; storing its own would only repeat them.
  if (bands.length > 0 && link.kind !== 'syndicated') {
    await db
      .insertInto('article_band')
      .values(bands.map((band) => ({ band, article_id: articleId })))
      .execute();
  }

  const aliasRows = result.devices.flatMap((device) =>
    device.aliases
      .filter((alias) => alias !== device.name)
      .map((alias) => ({
        device_id: deviceIds.get(device.name) ?? 0,
        alias,
        key: deviceKey(alias, device.brand),
        article_id: articleId,
      })),
  );
  const ownKeys = new Set(result.devices.map((device) => deviceKey(device.name, device.brand)));
  const newAliases = aliasRows.filter((row) => row.key !== '' && !ownKeys.has(row.key));
  if (newAliases.length > 0) await db.insertInto('device_alias').values(newAliases).execute();

  const relationRows = result.devices.flatMap((device) =>
    device.relations.flatMap((relation) => {
      const from = deviceIds.get(device.name);
      const to = deviceIds.get(relation.device);
      return from === undefined || to === undefined || from === to
        ? []
        : [{ device_id: from, type: relation.type, other_device_id: to, article_id: articleId }];
    }),
  );
  if (relationRows.length > 0) await db.insertInto('device_relation').values(relationRows).execute();

  const claimedOn = result.published ?? prepared.today;
  const claimRows = result.claims.map((claim) => ({
    article_id: articleId,
    story_id: link.storyId,
    device_id: deviceIds.get(claim.device) ?? 0,
    device_name: claim.device,
    attribute: claim.attribute,
    value: JSON.stringify(claim.value),
    qualifier: claim.qualifier,
    certainty: claim.certainty,
    confidence: claim.confidence,
    source: claim.source,
    evidence: claim.evidence,
    span_start: claim.span[0],
    span_end: claim.span[1],
    quote: claim.quote,
    claimed_on: claimedOn,
    supersedes: null,
  }));
  // SQLite caps bound parameters per statement; 16 columns × 50 rows stays far below it.
  for (let i = 0; i < claimRows.length; i += 50) {
    await db
      .insertInto('claim')
      .values(claimRows.slice(i, i + 50))
      .execute();
  }
  const status = revisionOf !== null ? 'revision' : link.kind === 'new' ? 'new' : link.kind;
  return { status, articleId, storyId: link.storyId, claims: claimRows.length, link };
}
