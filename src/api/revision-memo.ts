// Values computed from the ledger, kept while its revision stands: the parts of a response that do not
// depend on every query parameter (a device's sheet and timeline, whichever page of claims is asked for).
// Bounded: the least recently used go first.
import type { RecentRevision } from './response-cache.js';

export class RevisionMemo {
  private readonly entries = new Map<string, { revision: string; value: Promise<unknown> }>();

  constructor(
    private readonly revision: RecentRevision,
    private readonly maxEntries = 50,
  ) {}

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const revision = await this.revision.current();
    const entry = this.entries.get(key);
    this.entries.delete(key);
    if (entry !== undefined && entry.revision === revision) {
      this.entries.set(key, entry);
      return entry.value as Promise<T>;
    }
    const value = compute();
    const made = { revision, value };
    this.entries.set(key, made);
    // A failure is not remembered: the next request computes again.
    value.catch(() => {
      if (this.entries.get(key) === made) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}
