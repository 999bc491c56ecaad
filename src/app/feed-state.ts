// The validators (ETag, Last-Modified) a feed last answered with, so the next poll can be conditional.
import type { Store } from '../db/index.js';

export async function feedValidators(
  store: Store,
  url: string,
): Promise<{ etag: string | null; lastModified: string | null } | null> {
  const row = await store.db
    .selectFrom('feed_state')
    .select(['etag', 'last_modified'])
    .where('url', '=', url)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ? { etag: row.etag, lastModified: row.last_modified } : null;
}

export async function rememberFeed(
  store: Store,
  url: string,
  etag: string | null,
  lastModified: string | null,
): Promise<void> {
  await store.db.insertInto('feed_state').values({ url, etag, last_modified: lastModified }).execute();
}
