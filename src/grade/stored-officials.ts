// Appending official values: a value equal to the newest stored one of its slot (device, attribute,
// qualifier, origin, and currency for prices) adds nothing, so re-importing a catalog or confirming twice
// leaves the records as they were. A different value is a correction: a new row, the old one kept.
import type { ClaimValue } from '../core/types.js';
import { isMoney } from './rules/value-kinds.js';
import type { Db } from './store.js';

export interface OfficialToStore {
  deviceKey: string;
  deviceName: string;
  brand: string | null;
  attribute: string;
  qualifier: string | null;
  value: ClaimValue;
  origin: 'catalog' | 'person';
  source: string | null;
  knownOn: string;
  note?: string | null;
}

function slot(r: {
  device_key: string;
  attribute: string;
  qualifier: string | null;
  origin: string;
  value: string;
}): string {
  const value = JSON.parse(r.value) as ClaimValue;
  const currency = isMoney(value) ? value.currency.toUpperCase() : '';
  return [r.device_key, r.attribute, (r.qualifier ?? '').toLowerCase(), r.origin, currency].join('|');
}

/** Appends the rows that change something; returns how many were added. */
export async function appendOfficials(db: Db, rows: readonly OfficialToStore[]): Promise<number> {
  if (rows.length === 0) return 0;
  const keys = [...new Set(rows.map((r) => r.deviceKey))];
  const newest = new Map<string, string>();
  for (let i = 0; i < keys.length; i += 500) {
    const stored = await db
      .selectFrom('official_value')
      .select(['device_key', 'attribute', 'qualifier', 'origin', 'value'])
      .where('device_key', 'in', keys.slice(i, i + 500))
      .orderBy('id')
      .execute();
    for (const r of stored) newest.set(slot(r), r.value);
  }
  const fresh = [];
  for (const r of rows) {
    const row = {
      device_key: r.deviceKey,
      device_name: r.deviceName,
      brand: r.brand,
      attribute: r.attribute,
      qualifier: r.qualifier,
      value: JSON.stringify(r.value),
      origin: r.origin,
      source: r.source,
      known_on: r.knownOn,
      note: r.note ?? null,
    };
    const key = slot(row);
    if (newest.get(key) === row.value) continue;
    newest.set(key, row.value);
    fresh.push(row);
  }
  for (let i = 0; i < fresh.length; i += 50)
    await db
      .insertInto('official_value')
      .values(fresh.slice(i, i + 50))
      .execute();
  return fresh.length;
}
