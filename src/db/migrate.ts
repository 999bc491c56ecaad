// Applies the numbered migrations with Kysely's Migrator, which records each in its own table and runs
// each in a transaction where the dialect allows.
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { StoreError } from '../core/errors.js';
import type { DialectInfo } from './dialects/dialect-info.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Schema } from './schema.js';

function migrator(db: Kysely<Schema>, dialect: DialectInfo): Migrator {
  const provider: MigrationProvider = {
    getMigrations: () =>
      Promise.resolve(
        Object.fromEntries(
          Object.entries(MIGRATIONS).map(([name, m]): [string, Migration] => [
            name,
            { up: (kdb) => m.up(kdb, dialect) },
          ]),
        ),
      ),
  };
  return new Migrator({ db, provider });
}

export interface SchemaStatus {
  applied: string[];
  pending: string[];
}

export async function schemaStatus(db: Kysely<Schema>, dialect: DialectInfo): Promise<SchemaStatus> {
  const all = await migrator(db, dialect).getMigrations();
  return {
    applied: all.filter((m) => m.executedAt !== undefined).map((m) => m.name),
    pending: all.filter((m) => m.executedAt === undefined).map((m) => m.name),
  };
}

export async function isSchemaUpToDate(db: Kysely<Schema>, dialect: DialectInfo): Promise<boolean> {
  return (await schemaStatus(db, dialect)).pending.length === 0;
}

/** Runs every pending migration; returns the names applied now. */
export async function migrateToLatest(db: Kysely<Schema>, dialect: DialectInfo, item: string): Promise<string[]> {
  const { error, results } = await migrator(db, dialect).migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new StoreError('db', item, `migration ${failed} failed: ${(error as Error).message ?? String(error)}`, {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
