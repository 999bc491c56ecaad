// One error family for all of hearsay. Surfaces map these to exit codes or HTTP statuses in one table each.

export type Stage =
  'ingest' | 'fetch' | 'extract' | 'db' | 'ledger' | 'consensus' | 'grade' | 'fx' | 'cli' | 'config' | 'api';

export class HearsayError extends Error {
  override name: string = 'HearsayError';
  readonly stage: Stage;
  /** The thing that failed: a file path, a URL, a flag. */
  readonly item: string;
  /** Why, in words a person can act on. */
  readonly reason: string;

  constructor(stage: Stage, item: string, reason: string, options?: { cause?: unknown }) {
    super(`${stage}: ${item}: ${reason}`, options);
    this.stage = stage;
    this.item = item;
    this.reason = reason;
  }
}

/** A bad file, flag or argument given by the user. */
export class InputError extends HearsayError {
  override name = 'InputError' as const;
}

/** Input that was read but could not be understood in its claimed format. */
export class ParseError extends HearsayError {
  override name = 'ParseError' as const;
  readonly format: string;
  constructor(stage: Stage, item: string, format: string, reason: string, options?: { cause?: unknown }) {
    super(stage, item, reason, options);
    this.format = format;
  }
}

export class NotFoundError extends HearsayError {
  override name = 'NotFoundError' as const;
}

export type FetchErrorKind = 'timeout' | 'network' | 'http' | 'too-large' | 'refused' | 'redirects' | 'bad-url';

/** A URL that could not be fetched: `kind` says whether retrying could help. */
export class FetchError extends HearsayError {
  override name = 'FetchError' as const;
  readonly url: string;
  readonly kind: FetchErrorKind;
  readonly status: number | null;
  constructor(url: string, kind: FetchErrorKind, reason: string, options?: { cause?: unknown; status?: number }) {
    super('fetch', url, reason, options);
    this.url = url;
    this.kind = kind;
    this.status = options?.status ?? null;
  }
}

/** The database refused or failed an operation (a schema too old, a constraint, a lost connection). */
export class StoreError extends HearsayError {
  override name = 'StoreError' as const;
}

/** A write was asked for without a credential (`missing`) or with one that is not valid (`refused`). */
export class AuthError extends HearsayError {
  override name = 'AuthError' as const;
  readonly kind: 'missing' | 'refused';
  constructor(stage: Stage, item: string, kind: 'missing' | 'refused', reason: string) {
    super(stage, item, reason);
    this.kind = kind;
  }
}

/** Too many requests from one caller in a time window; `retryAfterSeconds` says when to try again. */
export class RateLimitError extends HearsayError {
  override name = 'RateLimitError' as const;
  readonly retryAfterSeconds: number;
  constructor(stage: Stage, item: string, retryAfterSeconds: number, reason: string) {
    super(stage, item, reason);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export function isHearsayError(e: unknown): e is HearsayError {
  return e instanceof HearsayError;
}
