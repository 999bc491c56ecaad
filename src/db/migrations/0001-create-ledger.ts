// Articles, their raw bytes, stories, devices and claims: the ledger's first shape. Never edit a shipped
// migration; add the next number.
import type { Kysely } from 'kysely';
import type { DialectInfo } from '../dialects/dialect-info.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was then, not today's types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb, d: DialectInfo): Promise<void> {
  await db.schema
    .createTable('story')
    .addColumn('id', d.idType, (c) => d.generatedId(c))
    .addColumn('origin_article_id', 'integer')
    .addColumn('origin_publisher', 'text')
    .addColumn('origin_publisher_name', 'text')
    .addColumn('first_published', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(d.nowIso))
    .execute();
  await db.schema.createIndex('story_origin_publisher').on('story').column('origin_publisher').execute();

  await db.schema
    .createTable('article')
    .addColumn('id', d.idType, (c) => d.generatedId(c))
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('url', 'text')
    .addColumn('revision_of', 'integer', (c) => c.references('article.id'))
    .addColumn('story_id', 'integer', (c) => c.notNull().references('story.id'))
    .addColumn('title', 'text')
    .addColumn('published', 'text')
    .addColumn('publisher', 'text')
    .addColumn('publisher_key', 'text')
    .addColumn('authors', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('ingested_at', 'text', (c) => c.notNull().defaultTo(d.nowIso))
    .execute();
  await db.schema.createIndex('article_url').on('article').column('url').execute();
  await db.schema.createIndex('article_revision_of').on('article').column('revision_of').execute();
  await db.schema.createIndex('article_story').on('article').column('story_id').execute();
  await db.schema.createIndex('article_publisher_key').on('article').column('publisher_key').execute();

  await db.schema
    .createTable('article_raw')
    .addColumn('article_id', 'integer', (c) => c.primaryKey().references('article.id'))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('bytes', d.blobType, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('article_band')
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('article_id', 'integer', (c) => c.notNull().references('article.id'))
    .execute();
  await db.schema.createIndex('article_band_band').on('article_band').columns(['band', 'article_id']).execute();

  await db.schema
    .createTable('device')
    .addColumn('id', d.idType, (c) => d.generatedId(c))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('brand', 'text')
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(d.nowIso))
    .execute();

  await db.schema
    .createTable('device_alias')
    .addColumn('id', d.idType, (c) => d.generatedId(c))
    .addColumn('device_id', 'integer', (c) => c.notNull().references('device.id'))
    .addColumn('alias', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('article_id', 'integer', (c) => c.references('article.id'))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(d.nowIso))
    .execute();
  await db.schema.createIndex('device_alias_key').on('device_alias').column('key').execute();

  await db.schema
    .createTable('identity_event')
    .addColumn('id', d.idType, (c) => d.generatedId(c))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('device_id', 'integer', (c) => c.references('device.id'))
    .addColumn('other_device_id', 'integer', (c) => c.references('device.id'))
    .addColumn('alias', 'text')
    .addColumn('alias_key', 'text')
    .addColumn('undoes', 'integer', (c) => c.references('identity_event.id'))
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(d.nowIso))
    .execute();

  await db.schema
    .createTable('device_relation')
    .addColumn('id', d.idType, (c) => d.generatedId(c))
    .addColumn('device_id', 'integer', (c) => c.notNull().references('device.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('other_device_id', 'integer', (c) => c.notNull().references('device.id'))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('article.id'))
    .execute();

  await db.schema
    .createTable('claim')
    .addColumn('id', d.idType, (c) => d.generatedId(c))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('article.id'))
    .addColumn('story_id', 'integer', (c) => c.notNull().references('story.id'))
    .addColumn('device_id', 'integer', (c) => c.notNull().references('device.id'))
    .addColumn('device_name', 'text', (c) => c.notNull())
    .addColumn('attribute', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('qualifier', 'text')
    .addColumn('certainty', 'text', (c) => c.notNull())
    .addColumn('confidence', d.realType, (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('evidence', 'text')
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('quote', 'text', (c) => c.notNull())
    .addColumn('claimed_on', 'text', (c) => c.notNull())
    .addColumn('supersedes', 'integer', (c) => c.references('claim.id'))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(d.nowIso))
    .execute();
  await db.schema.createIndex('claim_device').on('claim').columns(['device_id', 'attribute']).execute();
  await db.schema.createIndex('claim_article').on('claim').column('article_id').execute();
  await db.schema.createIndex('claim_story').on('claim').column('story_id').execute();
  await db.schema.createIndex('claim_supersedes').on('claim').column('supersedes').execute();
}
