// Grading: official values (from a catalog import or a person), a device's status (cancelled or not), and
// the grade trail. All three are append-only: a corrected official value is a new row, and a grade that
// changes because of it is a new grade row naming the one it replaces and why.
import type { Kysely } from 'kysely';
import type { DialectInfo } from '../dialects/dialect-info.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was then
type AnyDb = Kysely<any>;

export async function up(db: AnyDb, d: DialectInfo): Promise<void> {
  await db.schema
    .createTable('official_value')
    .addColumn('id', d.idType, (c) => d.generatedId(c))
    // Keyed by device name key, not id: a catalog names devices the ledger may not have seen yet.
    .addColumn('device_key', 'text', (c) => c.notNull())
    .addColumn('device_name', 'text', (c) => c.notNull())
    .addColumn('brand', 'text')
    .addColumn('attribute', 'text', (c) => c.notNull())
    .addColumn('qualifier', 'text')
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('known_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(d.nowIso))
    .execute();
  await db.schema
    .createIndex('official_value_device')
    .on('official_value')
    .columns(['device_key', 'attribute'])
    .execute();

  await db.schema
    .createTable('device_status')
    .addColumn('id', d.idType, (c) => d.generatedId(c))
    .addColumn('device_key', 'text', (c) => c.notNull())
    .addColumn('device_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('known_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(d.nowIso))
    .execute();
  await db.schema.createIndex('device_status_device').on('device_status').column('device_key').execute();

  await db.schema
    .createTable('grade')
    .addColumn('id', d.idType, (c) => d.generatedId(c))
    .addColumn('claim_id', 'integer', (c) => c.notNull().references('claim.id'))
    .addColumn('grade', 'text', (c) => c.notNull())
    .addColumn('official', 'text')
    .addColumn('official_ref', 'text')
    .addColumn('lead_days', 'integer')
    .addColumn('specificity', d.realType, (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('replaces', 'integer', (c) => c.references('grade.id'))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(d.nowIso))
    .execute();
  await db.schema.createIndex('grade_claim').on('grade').columns(['claim_id', 'id']).execute();
}
