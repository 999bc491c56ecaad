// Row shapes as read back from the store.
import type { Selectable, Transaction, Kysely } from 'kysely';
import type { Schema } from '../db/index.js';

export type IdentityEventRow = Selectable<Schema['identity_event']>;
export type DeviceRow = Selectable<Schema['device']>;
export type ClaimRow = Selectable<Schema['claim']>;
export type ArticleRow = Selectable<Schema['article']>;

/** A query runner: the database itself or a transaction on it. */
export type Db = Kysely<Schema> | Transaction<Schema>;
