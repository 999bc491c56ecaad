// The reference rates a database converts with: the bundled ECB table plus any newer file a person imported
// into this database with `hearsay fx import`.
import type { Store } from '../db/index.js';
import { loadBundledRates, parseEcbCsv, RateTable, type FxRow } from './fx/index.js';

export async function loadRates(store: Store): Promise<RateTable> {
  const imported = await store.db
    .selectFrom('fx_rate')
    .select(['date', 'currency', 'rate'])
    .orderBy('imported_at')
    .execute();
  const bundled = loadBundledRates();
  return imported.length === 0 ? bundled : bundled.withRows(imported);
}

/** Parses an ECB CSV and appends its rates to the database; returns what it added. */
export async function importRates(
  store: Store,
  text: string,
  name: string,
): Promise<{ rows: number; currencies: number; from: string | null; to: string | null }> {
  const rows: FxRow[] = parseEcbCsv(text, name);
  await store.db.transaction().execute(async (trx) => {
    // Bound parameters per statement stay well under SQLite's limit at 3 × 300.
    for (let i = 0; i < rows.length; i += 300) {
      await trx
        .insertInto('fx_rate')
        .values(rows.slice(i, i + 300))
        .execute();
    }
  });
  const dates = rows.map((r) => r.date).sort();
  return {
    rows: rows.length,
    currencies: new Set(rows.map((r) => r.currency)).size,
    from: dates[0] ?? null,
    to: dates[dates.length - 1] ?? null,
  };
}

export { RateTable };
