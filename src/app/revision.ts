// A cheap fingerprint of everything a read can show: it changes whenever an article, claim, identity fix,
// official value, device status, recorded grade or reference rate is added, so a surface can cache a
// response until it does. Every table it reads is append-only (schema.ts), which is what makes "the largest
// id" a sound version number.
import type { Store } from '../db/index.js';

type IdTable = 'article' | 'claim' | 'identity_event' | 'official_value' | 'device_status' | 'grade';
const ID_TABLES: readonly IdTable[] = [
  'article',
  'claim',
  'identity_event',
  'official_value',
  'device_status',
  'grade',
];

export async function dataRevision(store: Store): Promise<string> {
  const db = store.db;
  const ids = ID_TABLES.map((table) =>
    db
      .selectFrom(table)
      .select((eb) => eb.fn.max('id').as('v'))
      .executeTakeFirst()
      .then((row) => row?.v ?? '-'),
  );
  // Rates arrive a day at a time, so the newest date moves with each import (fx_rate has no id).
  const fx = db
    .selectFrom('fx_rate')
    .select((eb) => eb.fn.max('date').as('v'))
    .executeTakeFirst()
    .then((row) => row?.v ?? '-');
  return (await Promise.all([...ids, fx])).join('.');
}
