// One error family for all of hearsay. Surfaces map these to exit codes or HTTP statuses in one table each.

export type Stage = 'ingest' | 'extract' | 'cli' | 'config';

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

export function isHearsayError(e: unknown): e is HearsayError {
  return e instanceof HearsayError;
}
