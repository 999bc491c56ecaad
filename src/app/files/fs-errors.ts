// File-system failures in words a person can act on, as ingest errors naming the path.
import { InputError } from '../../core/errors.js';

const REASONS: Readonly<Record<string, string>> = Object.freeze({
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
});

export function fsError(path: string, error: unknown): InputError {
  const code = (error as { code?: unknown } | null)?.code;
  const reason =
    typeof code === 'string' && REASONS[code] ? REASONS[code] : error instanceof Error ? error.message : String(error);
  return new InputError('ingest', path, reason, { cause: error });
}
