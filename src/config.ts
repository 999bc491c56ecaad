// Settings that every surface resolves the same way: a flag beats the environment, which beats the default.
export const DEFAULT_DB_FILE = 'hearsay.db';

/** The database file: `--db FILE`, else HEARSAY_DB, else ./hearsay.db. */
export function resolveDbFile(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  if (flag !== undefined && flag !== '') return flag;
  const fromEnv = env.HEARSAY_DB;
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : DEFAULT_DB_FILE;
}
