// Reference rates imported with `hearsay fx import`, kept per database so every reader of it converts
// prices the same way. The bundled table covers the rest.
import type { Kysely } from 'kysely';
import type { DialectInfo } from '../dialects/dialect-info.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was then
type AnyDb = Kysely<any>;

export async function up(db: AnyDb, d: DialectInfo): Promise<void> {
  await db.schema
    .createTable('fx_rate')
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('rate', d.realType, (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull().defaultTo(d.nowIso))
    .execute();
  await db.schema.createIndex('fx_rate_currency_date').on('fx_rate').columns(['currency', 'date']).execute();
}
