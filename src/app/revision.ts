// A cheap fingerprint of everything a read can show: it changes whenever an article, claim, identity fix
// or reference rate is added, so a surface can cache a response until it does. Every table it reads is
// append-only (schema.ts), which is what makes "the largest id" a sound version number.
import type { Store } from '../db/index.js';

export async function dataRevision(store: Store): Promise<string> {
  const db = store.db;
  const [articles, claims, identity, fx] = await Promise.all([
    db
      .selectFrom('article')
      .select((eb) => eb.fn.max('id').as('v'))
      .executeTakeFirst(),
    db
      .selectFrom('claim')
      .select((eb) => eb.fn.max('id').as('v'))
      .executeTakeFirst(),
    db
      .selectFrom('identity_event')
      .select((eb) => eb.fn.max('id').as('v'))
      .executeTakeFirst(),
    // Rates arrive a day at a time, so the newest date moves with each import (fx_rate has no id).
    db
      .selectFrom('fx_rate')
      .select((eb) => eb.fn.max('date').as('v'))
      .executeTakeFirst(),
  ]);
  return [articles?.v, claims?.v, identity?.v, fx?.v].map((v) => v ?? '-').join('.');
}
