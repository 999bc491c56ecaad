// Serialized read responses, kept until the data changes: a response is reused only while the ledger's
// revision (db/revision.ts) is the one it was made under. Bounded: the oldest entries go first.
import { createHash } from 'node:crypto';
import { compress, MIN_COMPRESSED_BYTES, type ContentEncoding } from './content-encoding.js';

export class CachedResponse {
  private readonly encodings = new Map<ContentEncoding, Buffer>();

  constructor(
    /** Encoded once: a hit is then sent without re-encoding tens of kilobytes of JSON per request. */
    readonly body: Buffer,
    readonly etag: string,
    readonly revision: string,
  ) {}

  /** The body in an encoding the client accepts, compressed on first use; null when sent as it is. */
  encoded(encoding: ContentEncoding | null): { encoding: ContentEncoding; body: Buffer } | null {
    if (encoding === null || this.body.length < MIN_COMPRESSED_BYTES) return null;
    let body = this.encodings.get(encoding);
    if (body === undefined) {
      body = compress(this.body, encoding);
      this.encodings.set(encoding, body);
    }
    return { encoding, body };
  }
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();

  constructor(private readonly maxEntries = 500) {}

  get(key: string, revision: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined || entry.revision !== revision) return undefined;
    // Re-inserting keeps the map in least-recently-used order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, revision: string, json: string): CachedResponse {
    const body = Buffer.from(json, 'utf8');
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
    const entry = new CachedResponse(body, etag, revision);
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return entry;
  }
}

/** True when an If-None-Match header lists this ETag (or `*`); weak validators compare equal to strong ones. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

/**
 * The data revision, read at most once per `ttlMs`: under load, most reads then cost no query at all. Writes
 * made through this API call `invalidate()`, so they show at once; writes by another process (a CLI ingest
 * into the same file) show within `ttlMs`.
 */
export class RecentRevision {
  private value: string | null = null;
  private readAt = 0;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly read: () => Promise<string>,
    private readonly ttlMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  current(): Promise<string> {
    if (this.value !== null && this.now() - this.readAt < this.ttlMs) return Promise.resolve(this.value);
    // Concurrent requests share one read.
    this.pending ??= this.read().then(
      (value) => {
        this.value = value;
        this.readAt = this.now();
        this.pending = null;
        return value;
      },
      (error: unknown) => {
        this.pending = null;
        throw error;
      },
    );
    return this.pending;
  }

  invalidate(): void {
    this.value = null;
  }
}
