// The one ordered list of migrations. Names sort in the order they run.
import type { Kysely } from 'kysely';
import type { DialectInfo } from '../dialects/dialect-info.js';
import * as createLedger from './0001-create-ledger.js';
import * as createFxRates from './0002-create-fx-rates.js';
import * as createFeedState from './0003-create-feed-state.js';
import * as createGrades from './0004-create-grades.js';
import * as createApiTokens from './0005-create-api-tokens.js';

export interface HearsayMigration {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see 0001-create-ledger.ts
  up(db: Kysely<any>, dialect: DialectInfo): Promise<void>;
}

export const MIGRATIONS: Readonly<Record<string, HearsayMigration>> = {
  '0001-create-ledger': createLedger,
  '0002-create-fx-rates': createFxRates,
  '0003-create-feed-state': createFeedState,
  '0004-create-grades': createGrades,
  '0005-create-api-tokens': createApiTokens,
};
