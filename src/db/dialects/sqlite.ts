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
  let statements: KeptDatabase;
  try {
    native = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    statements = keptForLife(native);
    // Pragmas through exec(): better-sqlite3's pragma() prepares a statement only to throw it away.
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
    statements.prepare('select count(*) from sqlite_master').get();
  } catch (error) {
    throw new StoreError('db', file, `cannot open as an SQLite database: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const created = !options.fileExisted || isEmpty(statements);
  return {
    db: new Kysely<Schema>({ dialect: new SqliteDialect({ database: statements }) }),
    info: sqliteInfo,
    created,
  };
}

/**
 * Every better-sqlite3 object this process creates, kept reachable until the process ends.
 *
 * Why: Node 24.19 to 24.21 compile a cleanup hook into every native `ObjectWrap` (as better-sqlite3's
 * Database and Statement are), and its destructor asserts that a Node environment is current. When V8's
 * garbage collector frees such an object none is, and the process aborts ("RemoveEnvironmentCleanupHook
 * … Assertion failed: (env) != nullptr" from ~Statement or ~Database) whenever a collection happens to
 * find one: mid-run or at teardown, so it looked random. Objects still reachable when the process ends
 * are freed by Node's own environment cleanup, which is safe. Node 24.22 no longer aborts; keeping the
 * objects costs little (a closed database holds no file, and one database's distinct statements are a
 * few hundred shapes at most), so it is done on every runtime.
 */
/** The database as Kysely's driver sees it, statements prepared once per SQL text. */
interface KeptDatabase extends SqliteDatabase {
  prepare(text: string): Database.Statement;
}

const keptForLife: (native: Database.Database) => KeptDatabase = (() => {
  const kept: { native: Database.Database; statements: Map<string, Database.Statement> }[] = [];
  return (native) => {
    const statements = new Map<string, Database.Statement>();
    kept.push({ native, statements });
    return {
      close: () => native.close(),
      // Kysely's SQLite driver prepares every query afresh; ingest runs the same few statements
      // thousands of times, so a statement is prepared once per SQL text (and kept, as above). Safe
      // because Kysely runs one query at a time on this connection and never leaves an iterator open.
      prepare(text: string) {
        let statement = statements.get(text);
        if (!statement) {
          statement = native.prepare(text);
          statements.set(text, statement);
        }
        return statement;
      },
    };
  };
})();

function isEmpty(statements: KeptDatabase): boolean {
  const row = statements.prepare("select count(*) as n from sqlite_master where type = 'table'").get() as { n: number };
  return row.n === 0;
}
