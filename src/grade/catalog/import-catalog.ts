// `hearsay catalog import FILE`: a spec-sheet CSV into official values. Rows are read one by one; a bad
// cell or row is reported and the import carries on. Values are keyed by device name, so devices the
// ledger has not seen yet are graded when their claims arrive.
import { InputError } from '../../core/index.js';
import type { Store } from '../../db/index.js';
import { deviceKey } from '../../ledger/index.js';
import { recordGrades, type RegradeSummary } from '../record-grades.js';
import { appendOfficials, type OfficialToStore } from '../stored-officials.js';
import { fieldOf, type CatalogField } from './columns.js';
import { parseCsv } from './parse-csv.js';
import { readCatalogRow, type CatalogProblem } from './read-row.js';

export interface CatalogImportOptions {
  /** Names the file in problems and as the values' source. */
  file: string;
  /** The currency of bare price numbers when the file has no currency column. */
  currency?: string | null;
  /** The date values become official when a row gives no announcement date. */
  today: string;
}

export interface CatalogImportResult {
  file: string;
  rows: number;
  devices: number;
  /** Official values appended (new or corrected). */
  added: number;
  /** Values equal to what was already stored. */
  unchanged: number;
  cancelled: number;
  /** Catalog devices the ledger already has claims or mentions for. */
  matched: number;
  /** Columns of the header that were not used. */
  ignoredColumns: string[];
  problems: CatalogProblem[];
  regrade: RegradeSummary;
}

export async function importCatalog(
  store: Store,
  text: string,
  options: CatalogImportOptions,
): Promise<CatalogImportResult> {
  const rows = parseCsv(text, options.file);
  const header = rows[0];
  if (!header) throw new InputError('grade', options.file, 'the catalog is empty');
  const fields = header.fields.map(fieldOf);
  if (!fields.includes('name')) {
    throw new InputError('grade', options.file, 'no name column (expected a "name" or "device" header)');
  }
  const ignoredColumns = header.fields.filter((_, i) => fields[i] === undefined && header.fields[i]?.trim() !== '');
  const problems: CatalogProblem[] = [];
  const toStore: OfficialToStore[] = [];
  const statuses: { key: string; name: string; knownOn: string }[] = [];
  const keys = new Set<string>();
  const seen = new Map<string, { line: number; name: string }>();
  for (const row of rows.slice(1)) {
    const cells: Partial<Record<CatalogField, string>> = {};
    fields.forEach((field, i) => {
      // The first column of a name wins: a later duplicate header does not overwrite it.
      if (field !== undefined && cells[field] === undefined) cells[field] = row.fields[i];
    });
    const { device, problems: found } = readCatalogRow(row.line, cells, { currency: options.currency ?? null });
    problems.push(...found);
    if (!device) continue;
    const key = deviceKey(device.name, device.brand);
    if (key === '') {
      problems.push({ line: row.line, column: 'name', reason: `"${device.name}" has no letters or digits` });
      continue;
    }
    // The ledger's identity ignores the brand ("HTC One" and "OnePlus One" are both "one"), so a second row
    // with the same key would mix two phones' values: it is reported and left out.
    const earlier = seen.get(key);
    if (earlier) {
      problems.push({
        line: row.line,
        column: 'name',
        reason: `"${device.name}" is the same device key as line ${earlier.line} ("${earlier.name}"): skipped`,
      });
      continue;
    }
    seen.set(key, { line: row.line, name: device.name });
    keys.add(key);
    const knownOn = device.announced?.from ?? options.today;
    for (const v of device.values) {
      toStore.push({
        deviceKey: key,
        deviceName: device.name,
        brand: device.brand,
        attribute: v.attribute,
        qualifier: null,
        value: v.value,
        origin: 'catalog',
        source: options.file,
        knownOn,
      });
    }
    if (device.cancelled) statuses.push({ key, name: device.name, knownOn });
  }
  const added = await store.db.transaction().execute(async (trx) => {
    const n = await appendOfficials(trx, toStore);
    for (const s of statuses) {
      const last = await trx
        .selectFrom('device_status')
        .select('status')
        .where('device_key', '=', s.key)
        .orderBy('id', 'desc')
        .executeTakeFirst();
      if (last?.status === 'cancelled') continue;
      await trx
        .insertInto('device_status')
        .values({
          device_key: s.key,
          device_name: s.name,
          status: 'cancelled',
          source: options.file,
          known_on: s.knownOn,
        })
        .execute();
    }
    return n;
  });
  const ledgerKeys = new Set((await store.db.selectFrom('device').select('key').execute()).map((d) => d.key));
  return {
    file: options.file,
    rows: rows.length - 1,
    devices: keys.size,
    added,
    unchanged: toStore.length - added,
    cancelled: statuses.length,
    matched: [...keys].filter((k) => ledgerKeys.has(k)).length,
    ignoredColumns,
    problems,
    regrade: await recordGrades(store),
  };
}
