// Which publishers the ledger has seen, kept in memory for an ingest run: most articles credit nobody
// known and open no awaited story, and a set answers that without the two story queries.
import type { Db } from './rows.js';

interface KnownPublishers {
  /** publisher_key of stored articles */
  ofArticles: Set<string>;
  /** origin_publisher of stored stories (stories opened in a credited publisher's name) */
  awaited: Set<string>;
}

/**
 * Like DeviceResolver, the memory holds only this process's committed or in-flight rows and is dropped
 * when a transaction fails. A publisher first stored by another process during this run is missed
 * until the next run (its articles then open their own story instead of joining a credited one).
 */
export class PublisherIndex {
  private known: KnownPublishers | null = null;

  reset(): void {
    this.known = null;
  }

  private async load(db: Db): Promise<KnownPublishers> {
    const articles = await db
      .selectFrom('article')
      .select('publisher_key')
      .distinct()
      .where('publisher_key', 'is not', null)
      .execute();
    const stories = await db
      .selectFrom('story')
      .select('origin_publisher')
      .distinct()
      .where('origin_publisher', 'is not', null)
      .execute();
    return {
      ofArticles: new Set(articles.map((a) => a.publisher_key as string)),
      awaited: new Set(stories.map((s) => s.origin_publisher as string)),
    };
  }

  /** The keys among these that some stored article was published under. */
  async published(db: Db, keys: readonly string[]): Promise<string[]> {
    if (keys.length === 0) return [];
    const known = (this.known ??= await this.load(db));
    return keys.filter((key) => known.ofArticles.has(key));
  }

  /** Whether some stored story was opened in this publisher's name. */
  async awaited(db: Db, key: string): Promise<boolean> {
    const known = (this.known ??= await this.load(db));
    return known.awaited.has(key);
  }

  addArticle(key: string): void {
    if (key !== '') this.known?.ofArticles.add(key);
  }

  addStoryOrigin(key: string | null): void {
    if (key !== null && key !== '') this.known?.awaited.add(key);
  }
}
