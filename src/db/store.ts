// The database handle every stage above receives (opened by index.ts).
import type { Kysely } from 'kysely';
import type { DialectInfo } from './dialects/dialect-info.js';
import type { Schema } from './schema.js';

export interface Store {
  db: Kysely<Schema>;
  dialect: DialectInfo;
  /** Names the database in errors and messages (the file path). */
  location: string;
  close(): Promise<void>;
}
