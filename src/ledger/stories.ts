// Which story an incoming article belongs to. Independence is what consensus counts: twenty copies of one
// leak are one story. Three ways in: a near-duplicate of a stored article (syndication), a credit to a
// publisher whose story about the same device is stored ("via X", "as first reported by X"), or a new story.
import { decodeSignature, estimateJaccard, isNearDuplicate } from '../ingest/syndication/index.js';
import type { PrecompiledQueries } from '../db/index.js';
import type { PublisherIndex } from './publishers.js';
import type { Db } from './rows.js';

/** How far apart a credited origin's story and the crediting article may be published. */
const CREDIT_WINDOW_DAYS = 45;

export type StoryLink =
  | { kind: 'syndicated'; storyId: number; copyOf: number; similarity: number }
  | { kind: 'credited'; storyId: number; origin: string }
  | { kind: 'new'; storyId: number };

export interface StoryEvidence {
  bands: string[];
  signature: Uint32Array;
  published: string | null;
  /** The article's own publisher, normalised ('' when unknown). */
  publisherKey: string;
  /** Publishers the article credits as its origin, normalised, its own left out. */
  creditKeys: string[];
  /** How the article names the first credited publisher. */
  originName: string | null;
  deviceIds: number[];
}

/** How many of the candidates sharing the most bands are compared in full. */
const CANDIDATES_COMPARED = 8;

/** How many band hits are read: enough for the candidates sharing the most bands to stand out. */
const BAND_HITS_READ = 400;

async function nearDuplicate(db: Db, queries: PrecompiledQueries, evidence: StoryEvidence): Promise<StoryLink | null> {
  const { bands } = evidence;
  if (bands.length === 0) return null;
  // Only the band index is read here (no join): a popular story's bands are shared by many articles.
  const { rows: hits } = await queries.execute(
    db,
    `articles by band × ${bands.length}`,
    [...bands, BAND_HITS_READ],
    () => db.selectFrom('article_band').select('article_id').where('band', 'in', bands).limit(BAND_HITS_READ),
  );
  const shared = new Map<number, number>();
  for (const hit of hits) shared.set(hit.article_id, (shared.get(hit.article_id) ?? 0) + 1);
  const ids = [...shared.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, CANDIDATES_COMPARED)
    .map(([id]) => id);
  if (ids.length === 0) return null;
  const { rows: candidates } = await queries.execute(db, `signatures × ${ids.length}`, ids, () =>
    db.selectFrom('article').select(['id', 'story_id', 'signature']).where('id', 'in', ids),
  );
  let best: (StoryLink & { kind: 'syndicated' }) | null = null;
  for (const candidate of candidates) {
    const other = decodeSignature(candidate.signature);
    if (!isNearDuplicate(evidence.signature, other)) continue;
    const similarity = estimateJaccard(evidence.signature, other);
    if (best === null || similarity > best.similarity) {
      best = { kind: 'syndicated', storyId: candidate.story_id, copyOf: candidate.id, similarity };
    }
  }
  return best;
}

function shiftDays(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function dayNumber(iso: string | null): number | null {
  if (iso === null) return null;
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(t) ? null : t / 86_400_000;
}

/**
 * The story of an article by one of these publishers about one of these devices, published nearest before
 * (or else after) this one. A publisher that covers a device weekly has several; the nearest is the one credited.
 */
async function storyOfPublisher(db: Db, publishers: string[], evidence: StoryEvidence): Promise<number | null> {
  if (publishers.length === 0 || evidence.deviceIds.length === 0) return null;
  // From the publisher's articles (indexed) to their claims, not from the device's claims: a popular
  // device has tens of thousands of claims, a publisher a handful of articles in the window.
  let query = db
    .selectFrom('article')
    .select(['article.story_id', 'article.published'])
    .where('article.publisher_key', 'in', publishers)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('claim')
          .select('claim.id')
          .whereRef('claim.article_id', '=', 'article.id')
          .where('claim.device_id', 'in', evidence.deviceIds),
      ),
    );
  if (evidence.published) {
    query = query
      .where('article.published', '>=', shiftDays(evidence.published, -CREDIT_WINDOW_DAYS))
      .where('article.published', '<=', shiftDays(evidence.published, CREDIT_WINDOW_DAYS));
  }
  const rows = await query.limit(50).execute();
  const here = dayNumber(evidence.published);
  let best: { storyId: number; cost: number } | null = null;
  for (const row of rows) {
    const there = dayNumber(row.published);
    // Before this article is the expected order; after it costs extra, unknown dates most.
    const cost = here === null || there === null ? 1e6 : there <= here ? here - there : 1e3 + there - here;
    if (best === null || cost < best.cost) best = { storyId: row.story_id, cost };
  }
  return best?.storyId ?? null;
}

/** A story opened by articles that credited this publisher before its own article arrived. */
async function storyAwaitingOrigin(db: Db, publisher: string, evidence: StoryEvidence): Promise<number | null> {
  if (evidence.deviceIds.length === 0) return null;
  let query = db
    .selectFrom('story')
    .select('story.id')
    .where('story.origin_publisher', '=', publisher)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('claim')
          .select('claim.id')
          .whereRef('claim.story_id', '=', 'story.id')
          .where('claim.device_id', 'in', evidence.deviceIds),
      ),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('article')
            .select('article.id')
            .whereRef('article.story_id', '=', 'story.id')
            .where('article.publisher_key', '=', publisher),
        ),
      ),
    );
  if (evidence.published) {
    query = query
      .where('story.first_published', '>=', evidence.published)
      .where('story.first_published', '<=', shiftDays(evidence.published, CREDIT_WINDOW_DAYS));
  }
  const row = await query.orderBy('story.id').limit(1).executeTakeFirst();
  return row?.id ?? null;
}

export async function linkStory(
  db: Db,
  publishers: PublisherIndex,
  queries: PrecompiledQueries,
  evidence: StoryEvidence,
): Promise<StoryLink> {
  const copy = await nearDuplicate(db, queries, evidence);
  if (copy) return copy;
  const foreign = evidence.creditKeys;
  const credited = await storyOfPublisher(db, await publishers.published(db, foreign), evidence);
  if (credited !== null) return { kind: 'credited', storyId: credited, origin: foreign[0] ?? '' };
  // The origin may arrive after the articles that credit it: it joins the story they opened in its name.
  const own = evidence.publisherKey;
  if (own !== '' && (await publishers.awaited(db, own))) {
    const awaiting = await storyAwaitingOrigin(db, own, evidence);
    if (awaiting !== null) return { kind: 'credited', storyId: awaiting, origin: own };
  }
  const originKey = foreign[0] ?? null;
  const story = {
    origin_publisher: originKey,
    origin_publisher_name: originKey === null ? null : evidence.originName,
    origin_article_id: null,
    first_published: evidence.published,
  };
  const { rows } = await queries.execute(db, 'insert story', Object.values(story), () =>
    db.insertInto('story').values(story).returning('id'),
  );
  publishers.addStoryOrigin(originKey);
  return { kind: 'new', storyId: (rows[0] as { id: number }).id };
}
