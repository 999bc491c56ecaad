// Bearer tokens for the HTTP API's writes. Only a SHA-256 of each token is kept: a copied database file
// gives nobody a usable token. Rows are appended; revoking a token is a later row's job, not an update.
import type { Kysely } from 'kysely';
import type { DialectInfo } from '../dialects/dialect-info.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was then
type AnyDb = Kysely<any>;

export async function up(db: AnyDb, d: DialectInfo): Promise<void> {
  await db.schema
    .createTable('api_token')
    .addColumn('id', d.idType, (c) => d.generatedId(c))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(d.nowIso))
    .execute();
}
