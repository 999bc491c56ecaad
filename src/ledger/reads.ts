// Reads the web pages need beyond one device: the newest claims across devices, and one article with its claims.
import { CLAIM_COLUMNS, toStoredClaim, type StoredClaim } from './queries.js';
import type { Db } from './rows.js';

/** The most recently dated claims across all devices, newest first, leaving out superseded ones. */
export async function recentClaims(db: Db, limit: number): Promise<StoredClaim[]> {
  const rows = await db
    .selectFrom('claim')
    .innerJoin('article', 'article.id', 'claim.article_id')
    .select(CLAIM_COLUMNS)
    .where((eb) =>
      eb.not(
        eb.exists(eb.selectFrom('claim as newer').select('newer.id').whereRef('newer.supersedes', '=', 'claim.id')),
      ),
    )
    .orderBy('claim.claimed_on', 'desc')
    .orderBy('claim.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toStoredClaim);
}

export interface StoredArticle {
  id: number;
  storyId: number;
  title: string | null;
  url: string | null;
  published: string | null;
  publisher: string | null;
  /** Exactly the text claim spans index into. */
  text: string;
  /** Its claims in text order, superseded ones left out. */
  claims: StoredClaim[];
}

export async function articleById(db: Db, id: number): Promise<StoredArticle | null> {
  const row = await db
    .selectFrom('article')
    .select(['id', 'story_id', 'title', 'url', 'published', 'publisher', 'text'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const claims = await db
    .selectFrom('claim')
    .innerJoin('article', 'article.id', 'claim.article_id')
    .select(CLAIM_COLUMNS)
    .where('claim.article_id', '=', id)
    .where((eb) =>
      eb.not(
        eb.exists(eb.selectFrom('claim as newer').select('newer.id').whereRef('newer.supersedes', '=', 'claim.id')),
      ),
    )
    .orderBy('claim.span_start')
    .orderBy('claim.id')
    .execute();
  return {
    id: row.id,
    storyId: row.story_id,
    title: row.title,
    url: row.url,
    published: row.published,
    publisher: row.publisher,
    text: row.text,
    claims: claims.map(toStoredClaim),
  };
}
