// What a caller may ask of the fetcher and what it hands back; the defaults live beside the fields they fill.
import { InputError } from '../../core/errors.js';

export interface FetchOptions {
  /** Connect to loopback, private, link-local and other non-public addresses (the CLI's `--allow-private`). */
  allowPrivate?: boolean;
  /** For the whole fetch: DNS, connect, every redirect hop, headers and body. */
  timeoutMs?: number;
  /** Cap on the decoded body; checked against Content-Length first, then while streaming. */
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
  /** Validators from an earlier fetch: a match makes the server answer 304 with no body. */
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  /** Cancels the fetch; the returned promise then rejects with the signal's reason, not a FetchError. */
  signal?: AbortSignal;
}

export interface FetchedResource {
  /** The URL the caller asked for. */
  url: string;
  /** Where the last redirect led. */
  finalUrl: string;
  /** A 2xx code, or 304 when the caller's validators still match (then `bytes` is empty). */
  status: number;
  bytes: Uint8Array;
  contentType: string | null;
  /** The server's validators for the next conditional fetch (on a 304, the ones sent when the server repeats none). */
  etag: string | null;
  lastModified: string | null;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_USER_AGENT = 'hearsay/0.1 (+https://github.com/hearsay)';
export const DEFAULT_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5';

export type ResolvedFetchOptions = Required<Omit<FetchOptions, 'signal' | 'etag' | 'lastModified'>> &
  Pick<FetchOptions, 'signal' | 'etag' | 'lastModified'>;

function check(url: string, name: string, value: number | undefined, min: number): void {
  if (value !== undefined && !(Number.isSafeInteger(value) && value >= min)) {
    throw new InputError('fetch', url, `${name} must be a whole number of at least ${min}, not ${value}`);
  }
}

/** Fills the defaults in, refusing option values no fetch could honour. */
export function withDefaults(url: string, options: FetchOptions): ResolvedFetchOptions {
  check(url, 'timeoutMs', options.timeoutMs, 1);
  check(url, 'maxBytes', options.maxBytes, 0);
  check(url, 'maxRedirects', options.maxRedirects, 0);
  return {
    ...options,
    allowPrivate: options.allowPrivate ?? false,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    accept: options.accept ?? DEFAULT_ACCEPT,
  };
}
