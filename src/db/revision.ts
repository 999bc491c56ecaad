// A cheap fingerprint of everything a read can show: it changes whenever an article, claim, identity fix,
// official value, device status, recorded grade or reference rate is added, so a surface can cache a
// response until it does. Every table it reads is append-only (schema.ts), which is what makes "the largest
// id" a sound version number. One statement of indexed max() lookups: it runs before every cached read.
import type { CompiledQuery } from 'kysely';
import type { Store } from './store.js';

type IdTable = 'article' | 'claim' | 'identity_event' | 'official_value' | 'device_status' | 'grade';
const ID_TABLES: readonly IdTable[] = [
  'article',
  'claim',
  'identity_event',
  'official_value',
  'device_status',
  'grade',
];

function revisionQuery(store: Store) {
  return store.db.selectNoFrom((eb) => [
    ...ID_TABLES.map((table) =>
      eb
        .selectFrom(table)
        .select((inner) => inner.fn.max('id').as('v'))
        .as(table),
    ),
    // Rates arrive a day at a time, so the newest date moves with each import (fx_rate has no id).
    eb
      .selectFrom('fx_rate')
      .select((inner) => inner.fn.max('date').as('v'))
      .as('fx_rate'),
  ]);
}

// Built and compiled once per store: building the query costs more than SQLite takes to answer it.
const compiled = new WeakMap<Store, CompiledQuery<Record<string, unknown>>>();

export async function dataRevision(store: Store): Promise<string> {
  let query = compiled.get(store);
  if (query === undefined) {
    query = revisionQuery(store).compile() as CompiledQuery<Record<string, unknown>>;
    compiled.set(store, query);
  }
  const { rows } = await store.db.executeQuery(query);
  return Object.values(rows[0] ?? {})
    .map((v) => v ?? '-')
    .join('.');
}
