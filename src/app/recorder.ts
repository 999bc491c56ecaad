// Records articles in order, one transaction each, while their extraction runs ahead on a Preparer
// (worker threads for big batches). Content already stored is answered before any extraction.
import type { Ledger, ArticleToRecord, RecordOutcome } from '../ledger/index.js';
import { contentHash } from '../ledger/index.js';
import type { Preparer } from './prepare-pool.js';

export class Recorder {
  // Writes happen one after another, in submission order, on this thread.
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly ledger: Ledger,
    private readonly preparer: Preparer,
  ) {}

  /**
   * Starts recording one article. Resolves once it is queued (after the cheap "already stored?" check),
   * with `outcome` settling when its transaction has committed or failed.
   */
  async submit(input: ArticleToRecord, item: string): Promise<{ outcome: Promise<RecordOutcome> }> {
    const hash = input.contentHash ?? contentHash(input.article.text);
    const known = await this.ledger.findByContent(hash);
    if (known !== null) return { outcome: Promise.resolve({ status: 'known', articleId: known }) };
    const prepared = this.preparer.prepare({ ...input, contentHash: hash }, item);
    // A failed preparation must not surface as an unhandled rejection before its turn to be written.
    prepared.catch(() => {});
    const outcome = this.writes.then(async () => this.ledger.recordPrepared(await prepared));
    this.writes = outcome.catch(() => {});
    return { outcome };
  }
}
