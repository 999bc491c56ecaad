// Run as a child process by test/e2e/sqlite-lifetime.test.ts: opens, uses and closes stores while
// allocating enough to keep V8's collector busy, the pattern that aborted Node 24.19–24.21 (see
// src/db/dialects/sqlite.ts). Prints "ok" and exits 0 when the process survives to its natural end.
import { sql } from 'kysely';
import { openStore } from '../../src/db/index.js';
import { tempDir } from './temp-db.js';

const dir = tempDir('hearsay-churn-');
let kept = 0;
try {
  for (let i = 0; i < 8; i++) {
    const store = await openStore(dir.file(`churn-${i}.db`));
    // Distinct statement texts, so each store prepares statements of its own.
    for (let j = 0; j < 300; j++) await sql`select ${sql.lit(j)} as n, count(*) as c from article`.execute(store.db);
    await store.close();
    // Short-lived garbage: young-generation collections run while the closed store is unreachable.
    for (let round = 0; round < 20; round++) {
      const junk: { n: number; s: string }[] = [];
      for (let k = 0; k < 20_000; k++) junk.push({ n: k, s: `x${k}` });
      kept += junk.length;
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  }
  console.log(kept > 0 ? 'ok' : 'nothing allocated');
} finally {
  dir.remove();
}
