// The per-input loop every command shares: read, ingest, hand over, and on failure report one line and go on.
import type { Article } from '../core/types.js';
import { readArticle } from '../ingest/index.js';
import { asItemError, errorLine } from './errors.js';
import { expandInputs } from '../app/files/inputs.js';
import { readInputBytes } from '../app/files/read-input.js';

export interface EachArticleOptions {
  maxBytes: number;
  /** Where the one-line failure reports go. */
  reportError: (line: string) => void;
}

export interface EachArticleOutcome {
  processed: number;
  failed: number;
}

/** One input at a time, so a folder of 10,000 files never sits in memory at once. */
export async function eachArticle(
  paths: readonly string[],
  options: EachArticleOptions,
  handle: (path: string, article: Article) => Promise<void>,
): Promise<EachArticleOutcome> {
  const outcome: EachArticleOutcome = { processed: 0, failed: 0 };
  for await (const input of expandInputs(paths)) {
    try {
      if ('error' in input) throw input.error;
      const bytes = await readInputBytes(input, options.maxBytes);
      const article = readArticle({ bytes, name: input.path, maxBytes: options.maxBytes });
      await handle(input.path, article);
      outcome.processed++;
    } catch (error) {
      options.reportError(errorLine(asItemError('extract', input.path, error)));
      outcome.failed++;
    }
  }
  return outcome;
}
