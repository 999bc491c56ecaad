// A process that opens and closes SQLite stores and collects garbage must end normally: on Node
// 24.19–24.21 a collected better-sqlite3 object aborted it (exit 134) before the dialect kept them alive.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';

const CHURN = fileURLToPath(new URL('../helpers/sqlite-churn.ts', import.meta.url));

it('survives stores opened, closed and garbage-collected, to its natural exit', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', CHURN], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.equal(run.signal, null, `killed by ${run.signal}: ${run.stderr}`);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.trim(), 'ok');
});
