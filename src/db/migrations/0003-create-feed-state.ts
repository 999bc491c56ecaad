// Each successful poll of a feed, with the validators the server sent: the latest row makes the next
// request conditional. Rows are appended, so the polling history stays visible.
import type { Kysely } from 'kysely';
import type { DialectInfo } from '../dialects/dialect-info.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was then
type AnyDb = Kysely<any>;

export async function up(db: AnyDb, d: DialectInfo): Promise<void> {
  await db.schema
    .createTable('feed_state')
    .addColumn('id', d.idType, (c) => d.generatedId(c))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('checked_at', 'text', (c) => c.notNull().defaultTo(d.nowIso))
    .execute();
  await db.schema.createIndex('feed_state_url').on('feed_state').columns(['url', 'id']).execute();
}
