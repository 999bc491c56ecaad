// Node 24 + better-sqlite3 12.11: a process that used the addon can abort while V8 tears its heap down
// (node::RemoveEnvironmentCleanupHook asserts in Database/Statement destructors), after the work is done.
// Until that is fixed, the SQLite-backed suites run on Node 20 only, with this reason printed as the skip.
const major = Number(process.versions.node.split('.')[0]);

export const SQLITE_TEARDOWN_SKIP: string | false =
  major >= 24
    ? 'better-sqlite3 12.11 aborts at process teardown on Node 24 (RemoveEnvironmentCleanupHook assertion); runs on Node 20'
    : false;
