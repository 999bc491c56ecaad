// `hearsay ingest`: files, folders, URLs and feeds in; articles recorded one transaction each. Every item
// either lands or fails with one error naming it; the batch always carries on.
import { HearsayError, InputError } from '../core/errors.js';
import type { Article } from '../core/types.js';
import { fetchResource, type FetchOptions } from '../ingest/fetch/index.js';
import {
  decodeFeedBytes,
  entryArticle,
  looksLikeFeed,
  parseFeed,
  type Feed,
  type FeedEntry,
} from '../ingest/feeds/index.js';
import { readArticle } from '../ingest/index.js';
import type { Ledger, RecordOutcome } from '../ledger/index.js';
import { defaultWorkerCount, inThreadPreparer, PreparePool } from './prepare-pool.js';
import { Recorder } from './recorder.js';
import { ARTICLE_EXTENSIONS, expandInputs, FEED_EXTENSIONS, type Input } from './files/inputs.js';
import { readInputBytes } from './files/read-input.js';
import { feedValidators, rememberFeed } from './feed-state.js';
import type { Store } from '../db/index.js';

export interface IngestOptions {
  maxBytes: number;
  allowPrivate: boolean;
  /** Never touch the network: URL arguments fail, feed entries use only the text they carry. */
  offline: boolean;
  published?: string;
  publisher?: string;
  /** The date claims of undated articles are recorded under. */
  today: string;
  fetch?: Pick<FetchOptions, 'timeoutMs' | 'userAgent'>;
  /** Extraction threads; 0 extracts on this thread. Default: one per spare core for batches of 40 or more. */
  workers?: number;
}

export type IngestEvent =
  | { type: 'total'; total: number }
  | { type: 'recorded'; item: string; outcome: RecordOutcome }
  | { type: 'unchanged'; item: string }
  | { type: 'feed'; item: string; entries: number }
  | { type: 'failed'; item: string; error: HearsayError };

const URL_PATTERN = /^https?:\/\//i;

function asError(item: string, error: unknown): HearsayError {
  if (error instanceof HearsayError) return error;
  return new HearsayError('ingest', item, error instanceof Error ? error.message : String(error), { cause: error });
}

function isFeedName(name: string): boolean {
  const lower = name.toLowerCase();
  return FEED_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** A quick look at the start of the bytes: feeds are sniffed, not trusted to their extension. */
function sniffFeed(bytes: Uint8Array, name: string): boolean {
  try {
    // The feed reader's own decoding (byte-order marks, UTF-16 without one, the declared encoding).
    return looksLikeFeed(decodeFeedBytes(bytes.subarray(0, 4096), name));
  } catch {
    // Bytes that are no feed text at all (binary, EBCDIC) are left to the article reader to refuse.
    return false;
  }
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** An article handed to the recorder: its outcome arrives later, while the next input is read. */
type Queued = { type: 'queued'; item: string; outcome: Promise<RecordOutcome> };
type RunEvent = IngestEvent | Queued;

/** How many articles may be extracted ahead of the one being written. */
const WINDOW = 16;
/** Below this many planned inputs, starting worker threads costs more than it saves. */
const POOL_THRESHOLD = 40;

class IngestRun {
  total = 0;
  constructor(
    private readonly recorder: Recorder,
    private readonly store: Store,
    private readonly options: IngestOptions,
  ) {}

  private fetchOptions(extra: FetchOptions = {}): FetchOptions {
    return {
      allowPrivate: this.options.allowPrivate,
      maxBytes: this.options.maxBytes,
      ...this.options.fetch,
      ...extra,
    };
  }

  private async record(item: string, article: Article, raw: Uint8Array): Promise<Queued> {
    const input = {
      article,
      raw,
      today: this.options.today,
      ...(this.options.published === undefined ? {} : { published: this.options.published }),
      ...(this.options.publisher === undefined ? {} : { publisher: this.options.publisher }),
    };
    const { outcome } = await this.recorder.submit(input, item);
    return { type: 'queued', item, outcome };
  }

  async *file(path: string, kind: 'file' | 'stdin'): AsyncGenerator<RunEvent> {
    try {
      const bytes = await readInputBytes({ path, kind }, this.options.maxBytes);
      if (isFeedName(path) || sniffFeed(bytes, path)) {
        yield* this.feed(path, bytes, path);
        return;
      }
      const article = readArticle({ bytes, name: path, maxBytes: this.options.maxBytes });
      yield await this.record(path, article, bytes);
    } catch (error) {
      yield { type: 'failed', item: path, error: asError(path, error) };
    }
  }

  async *url(url: string): AsyncGenerator<RunEvent> {
    try {
      if (this.options.offline) throw new InputError('ingest', url, 'cannot fetch a URL with --offline');
      const validators = await feedValidators(this.store, url);
      const fetched = await fetchResource(url, this.fetchOptions(validators ?? {}));
      if (fetched.status === 304) {
        yield { type: 'unchanged', item: url };
        return;
      }
      if (sniffFeed(fetched.bytes, url)) {
        yield* this.feed(url, fetched.bytes, fetched.finalUrl);
        await rememberFeed(this.store, url, fetched.etag, fetched.lastModified);
        return;
      }
      // A page fetched again is not skipped by URL: its content decides whether it is an edit or already known.
      const article = readArticle({ bytes: fetched.bytes, name: pageName(fetched.finalUrl, fetched.contentType) });
      yield await this.record(url, { ...article, url: article.url ?? fetched.finalUrl }, fetched.bytes);
    } catch (error) {
      yield { type: 'failed', item: url, error: asError(url, error) };
    }
  }

  private async *feed(item: string, bytes: Uint8Array, base: string): AsyncGenerator<RunEvent> {
    const feed = parseFeed(bytes, base);
    this.total += feed.entries.length;
    yield { type: 'total', total: this.total };
    yield { type: 'feed', item, entries: feed.entries.length };
    for (const [index, entry] of feed.entries.entries()) {
      const name = `${item} entry ${index + 1}${entry.link ? ` (${entry.link})` : ''}`;
      try {
        yield* this.entry(name, entry, feed);
      } catch (error) {
        yield { type: 'failed', item: name, error: asError(name, error) };
      }
    }
  }

  private async *entry(name: string, entry: FeedEntry, feed: Feed): AsyncGenerator<RunEvent> {
    const made = entryArticle(entry, feed);
    if (made === null) {
      // No link to follow: what the entry carries, however short, is the article.
      const short = shortEntryArticle(entry, feed);
      if (!short) throw new InputError('ingest', name, 'the entry has neither text nor a link');
      yield await this.record(name, short, utf8(entry.contentHtml ?? ''));
      return;
    }
    if (made.kind === 'full') {
      yield await this.record(name, made.article, utf8(entry.contentHtml ?? ''));
      return;
    }
    const stored = await this.store.db
      .selectFrom('article')
      .select('id')
      .where('url', '=', made.url)
      .executeTakeFirst();
    if (stored) {
      yield { type: 'recorded', item: name, outcome: { status: 'known', articleId: stored.id } };
      return;
    }
    if (this.options.offline) {
      const short = shortEntryArticle(entry, feed);
      if (!short)
        throw new InputError('ingest', name, 'the entry carries no text and --offline forbids fetching its link');
      yield await this.record(name, short, utf8(entry.contentHtml ?? ''));
      return;
    }
    const page = await fetchResource(made.url, this.fetchOptions());
    const article = readArticle({ bytes: page.bytes, name: pageName(page.finalUrl, page.contentType) });
    const filled: Article = {
      ...article,
      url: article.url ?? page.finalUrl,
      title: article.title ?? entry.title,
      published: article.published ?? entry.published,
      publisher: article.publisher ?? feed.title,
      authors: article.authors.length > 0 ? article.authors : entry.authors,
    };
    yield await this.record(name, filled, page.bytes);
  }
}

/** The entry's own text, however short, as an article (for --offline). */
function shortEntryArticle(entry: FeedEntry, feed: Feed): Article | null {
  const html = entry.contentHtml ?? '';
  if (html.trim() === '') return null;
  try {
    const article = readArticle({
      bytes: utf8(`<html><body><article>${html}</article></body></html>`),
      name: 'entry.html',
    });
    return {
      ...article,
      title: entry.title ?? article.title,
      published: entry.published,
      publisher: feed.title,
      authors: entry.authors,
      url: entry.link,
    };
  } catch {
    // An entry whose content holds no readable text is reported by the caller as carrying none.
    return null;
  }
}

/** A name whose extension tells readArticle the format the server declared. */
export function pageName(url: string, contentType: string | null): string {
  const type = contentType?.toLowerCase() ?? '';
  if (type.includes('html')) return `${url}#.html`;
  if (type.includes('markdown')) return `${url}#.md`;
  if (type.startsWith('text/plain')) return `${url}#.txt`;
  return url;
}

type Planned = { url: string } | Input;

function settle(queued: Queued): Promise<IngestEvent> {
  return queued.outcome.then(
    (outcome): IngestEvent => ({ type: 'recorded', item: queued.item, outcome }),
    (error: unknown): IngestEvent => ({ type: 'failed', item: queued.item, error: asError(queued.item, error) }),
  );
}

/** Walks the sources once to count what it can, then ingests them in the order given. */
export async function* ingestSources(
  ledger: Ledger,
  store: Store,
  sources: readonly string[],
  options: IngestOptions,
): AsyncGenerator<IngestEvent> {
  const planned: Planned[] = [];
  for (const source of sources) {
    if (URL_PATTERN.test(source)) planned.push({ url: source });
    else
      for await (const input of expandInputs([source], [...ARTICLE_EXTENSIONS, ...FEED_EXTENSIONS]))
        planned.push(input);
  }
  const workers = options.workers ?? (planned.length >= POOL_THRESHOLD ? defaultWorkerCount() : 0);
  const preparer = workers > 0 ? new PreparePool(workers) : inThreadPreparer;
  const run = new IngestRun(new Recorder(ledger, preparer), store, options);
  run.total = planned.length;
  const window: Promise<IngestEvent>[] = [];
  try {
    yield { type: 'total', total: run.total };
    for (const item of planned) {
      const events: AsyncGenerator<RunEvent> | RunEvent[] =
        'url' in item
          ? run.url(item.url)
          : 'error' in item
            ? [{ type: 'failed', item: item.path, error: item.error }]
            : run.file(item.path, item.kind);
      for await (const event of events) {
        if (event.type !== 'queued') {
          yield event;
          continue;
        }
        window.push(settle(event));
        if (window.length >= WINDOW) yield await (window.shift() as Promise<IngestEvent>);
      }
    }
    while (window.length > 0) yield await (window.shift() as Promise<IngestEvent>);
  } finally {
    await preparer.close();
  }
}
