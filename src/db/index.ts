// The database handle every stage above receives: one Kysely instance, its dialect facts, and the schema check.
import { existsSync, statSync } from 'node:fs';
import { StoreError } from '../core/errors.js';
import { openSqlite } from './dialects/sqlite.js';
import { migrateToLatest, schemaStatus } from './migrate.js';
import type { Store } from './store.js';

export type { Schema } from './schema.js';
export type { DialectInfo } from './dialects/dialect-info.js';
export { isSchemaUpToDate, migrateToLatest, schemaStatus, type SchemaStatus } from './migrate.js';
export { PrecompiledQueries } from './precompiled.js';
export { dataRevision } from './revision.js';

export type { Store } from './store.js';

export interface OpenOptions {
  /**
   * What to do when the schema is older than this version of hearsay: a new, empty database is always
   * migrated; an existing one is migrated only when asked (`hearsay migrate`), so an upgrade never
   * changes someone's data behind their back.
   */
  migrate?: 'if-new' | 'always' | 'never';
}

export async function openStore(file: string, options: OpenOptions = {}): Promise<Store> {
  const fileExisted = existsSync(file) && statSync(file).size > 0;
  const handle = openSqlite(file, { fileExisted });
  const store: Store = { db: handle.db, dialect: handle.info, location: file, close: () => handle.db.destroy() };
  const mode = options.migrate ?? 'if-new';
  try {
    if (mode === 'always' || (mode === 'if-new' && handle.created)) {
      await migrateToLatest(store.db, store.dialect, file);
    } else if (mode === 'if-new') {
      const status = await schemaStatus(store.db, store.dialect);
      if (status.pending.length > 0) {
        throw new StoreError(
          'db',
          file,
          `the database schema is older than this hearsay (pending: ${status.pending.join(', ')}); run \`hearsay migrate --db ${file}\``,
        );
      }
    }
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
