// One article handed over whole (pasted text) or by URL, as the HTTP API receives it. Text goes through the
// same reader and recorder as a file; a URL through the same fetcher and feed handling as `hearsay ingest`.
import { HearsayError, InputError } from '../core/errors.js';
import type { ArticleFormat } from '../core/types.js';
import { readArticle } from '../ingest/index.js';
import type { Ledger, RecordOutcome } from '../ledger/index.js';
import type { Store } from '../db/index.js';
import { ingestSources, type IngestOptions } from './ingest-sources.js';

/** The part of the opened Hearsay these need (index.ts's Hearsay has both; importing it would be a cycle). */
interface Opened {
  store: Store;
  ledger: Ledger;
}

export interface TextToIngest {
  text: string;
  /** Without it the text is sniffed: HTML markers, else Markdown front matter, else plain text. */
  format?: ArticleFormat;
  title?: string;
  url?: string;
  published?: string;
  publisher?: string;
}

const NAME_FOR_FORMAT: Readonly<Record<ArticleFormat, string>> = {
  text: 'submitted.txt',
  markdown: 'submitted.md',
  html: 'submitted.html',
};

export async function ingestText(
  hearsay: Opened,
  input: TextToIngest,
  options: Pick<IngestOptions, 'maxBytes' | 'today'>,
): Promise<RecordOutcome> {
  const bytes = new TextEncoder().encode(input.text);
  const name = input.format ? NAME_FOR_FORMAT[input.format] : 'submitted';
  const article = readArticle({ bytes, name, maxBytes: options.maxBytes });
  return hearsay.ledger.record({
    article: {
      ...article,
      title: input.title ?? article.title,
      url: input.url ?? article.url,
    },
    raw: bytes,
    today: options.today,
    ...(input.published === undefined ? {} : { published: input.published }),
    ...(input.publisher === undefined ? {} : { publisher: input.publisher }),
  });
}

export interface UrlOutcome {
  item: string;
  outcome: RecordOutcome;
}

/** A page or a feed: every article it yields is recorded; the first failure is thrown when nothing landed. */
export async function ingestUrl(
  hearsay: Opened,
  url: string,
  options: Omit<IngestOptions, 'offline' | 'workers'>,
): Promise<{ recorded: UrlOutcome[]; failed: HearsayError[]; unchanged: boolean }> {
  // ingestSources reads anything else as a path on this machine, which a remote caller must never reach.
  if (!/^https?:\/\//i.test(url)) throw new InputError('ingest', url, 'only http and https addresses can be ingested');
  const recorded: UrlOutcome[] = [];
  const failed: HearsayError[] = [];
  let unchanged = false;
  const events = ingestSources(hearsay.ledger, hearsay.store, [url], { ...options, offline: false, workers: 0 });
  for await (const event of events) {
    if (event.type === 'recorded') recorded.push({ item: event.item, outcome: event.outcome });
    if (event.type === 'failed') failed.push(event.error);
    if (event.type === 'unchanged') unchanged = true;
  }
  if (recorded.length === 0 && failed[0] !== undefined) throw failed[0];
  if (recorded.length === 0 && !unchanged) throw new InputError('ingest', url, 'nothing to ingest at that address');
  return { recorded, failed, unchanged };
}
