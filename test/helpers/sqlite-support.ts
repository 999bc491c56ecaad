// Node 24.19–24.21 aborted processes that used better-sqlite3 whenever V8 collected one of its objects
// (RemoveEnvironmentCleanupHook assertion). The SQLite dialect now keeps those objects for the life of
// the process (src/db/dialects/sqlite.ts, keptForLife), so nothing is skipped any more; the constant stays
// for suites that still pass it.
export const SQLITE_TEARDOWN_SKIP: string | false = false;
