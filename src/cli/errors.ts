// The only error → exit code table, and the one place errors become stderr lines.
import { CommanderError } from 'commander';
import { HearsayError } from '../core/errors.js';

export const EXIT_OK = 0;
/** Some input failed; the others were processed. */
export const EXIT_ITEM_FAILED = 1;
/** Bad flags or arguments: nothing was processed. */
export const EXIT_USAGE = 2;

export function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  if (error instanceof HearsayError) return error.stage === 'cli' ? EXIT_USAGE : EXIT_ITEM_FAILED;
  return EXIT_ITEM_FAILED;
}

/** One stderr line; flag errors name the flag, input errors the stage and the input. */
export function errorLine(error: unknown): string {
  if (error instanceof HearsayError) {
    return error.stage === 'cli' ? `hearsay: ${error.item}: ${error.reason}` : `hearsay: ${error.message}`;
  }
  return `hearsay: ${error instanceof Error ? error.message : String(error)}`;
}

/** A failure while handling one input that is not already a HearsayError (a bug, most likely) still names the input. */
export function asItemError(stage: 'ingest' | 'extract', item: string, error: unknown): HearsayError {
  if (error instanceof HearsayError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new HearsayError(stage, item, reason, { cause: error });
}
