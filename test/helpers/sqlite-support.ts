// Reading a database file directly from a test, the way the dialect opens it for the ledger.
//
// Node 24.19–24.21 aborted processes that used better-sqlite3 whenever V8 collected one of its objects
// (RemoveEnvironmentCleanupHook assertion). The SQLite dialect keeps those objects for the life of the
// process (src/db/dialects/sqlite.ts, keptForLife); a test that opens a file with better-sqlite3 itself
// must do the same, or its own handles abort the test process.
import Database from 'better-sqlite3';

const kept: object[] = [];

/** A better-sqlite3 handle whose statements (and itself) stay reachable until the process ends. */
export function openSqliteFile(file: string, options?: Database.Options): Database.Database {
  const db = new Database(file, options);
  kept.push(db);
  const prepare = db.prepare.bind(db);
  // pragma() and the tests' own queries both prepare through this.
  db.prepare = ((source: string) => {
    const statement = prepare(source);
    kept.push(statement);
    return statement;
  }) as typeof db.prepare;
  return db;
}
