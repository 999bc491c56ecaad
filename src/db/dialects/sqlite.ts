// SQLite through better-sqlite3: the embedded default. Pragmas chosen for a single-writer CLI that may be
// killed at any moment: WAL keeps readers unblocked and a committed transaction survives a killed process.
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type SqliteDatabase } from 'kysely';
import { StoreError } from '../../core/errors.js';
import type { Schema } from '../schema.js';
import type { DialectInfo } from './dialect-info.js';

export const sqliteInfo: DialectInfo = {
  name: 'sqlite',
  idType: 'integer',
  generatedId: (column) => column.primaryKey().autoIncrement(),
  blobType: 'blob',
  realType: 'real',
  nowIso: sql<string>`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
};

export interface SqliteHandle {
  db: Kysely<Schema>;
  info: DialectInfo;
  /** True when the file did not exist (or was empty) before it was opened. */
  created: boolean;
}

export function openSqlite(file: string, options: { readonly?: boolean; fileExisted: boolean }): SqliteHandle {
  let native: Database.Database;
  try {
    native = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    native.exec('pragma busy_timeout = 5000');
    if (!options.readonly) {
      native.exec('pragma journal_mode = WAL');
      native.exec('pragma synchronous = NORMAL');
      // The claim and band indexes are read on every ingest; a 64 MB page cache keeps them in memory.
      native.exec('pragma cache_size = -65536');
      // Each article's commit appends ~50 pages to the WAL (its band and index entries land on random
      // pages). The default checkpoint every 1,000 pages copied them back and synced the file every ~20
      // articles; every 8,000 pages (32 MB) syncs 8× less often and copies a page touched by many
      // commits once. The WAL file is cut back to 64 MB after a checkpoint so it cannot keep growing.
      native.exec('pragma wal_autocheckpoint = 8000');
      native.exec('pragma journal_size_limit = 67108864');
    }
    native.exec('pragma foreign_keys = ON');
    // Reading a page that is not an SQLite file fails here rather than at the first query.
    native.prepare('select count(*) from sqlite_master').get();
  } catch (error) {
    throw new StoreError('db', file, `cannot open as an SQLite database: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const created = !options.fileExisted || isEmpty(native);
  return {
    db: new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(native) }) }),
    info: sqliteInfo,
    created,
  };
}

/** How many prepared statements are kept; ingest uses a few dozen distinct shapes. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely's SQLite driver prepares every query afresh; ingest runs the same few statements thousands of
 * times, so prepared statements are kept by their SQL text. Safe because Kysely runs one query at a
 * time on this connection and never leaves an iterator open across queries.
 */
function withStatementCache(native: Database.Database): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => native.close(),
    prepare(text: string) {
      let statement = cache.get(text);
      if (!statement) {
        statement = native.prepare(text);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
        cache.set(text, statement);
      }
      return statement;
    },
  };
}

function isEmpty(native: Database.Database): boolean {
  const row = native.prepare("select count(*) as n from sqlite_master where type = 'table'").get() as { n: number };
  return row.n === 0;
}
