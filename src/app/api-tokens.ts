// Bearer tokens for the API's writes: made by `hearsay token create`, checked by the API on every write.
// The token itself is shown once and never stored; the database keeps its SHA-256.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { InputError } from '../core/errors.js';
import type { Store } from '../db/index.js';

/** Tokens carry this prefix so a leaked one is easy to recognise in logs and secret scanners. */
export const TOKEN_PREFIX = 'hsy_';

export interface CreatedToken {
  id: number;
  name: string;
  /** The only time the token is available in clear. */
  token: string;
}

export interface TokenInfo {
  id: number;
  name: string;
  createdAt: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export async function createApiToken(store: Store, name: string): Promise<CreatedToken> {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > 100) {
    throw new InputError('cli', '--name', 'a token name needs 1 to 100 characters');
  }
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const row = await store.db
    .insertInto('api_token')
    .values({ name: trimmed, sha256: hashToken(token) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, name: trimmed, token };
}

/** The token's record when it is one of ours, else null. */
export async function findApiToken(store: Store, token: string): Promise<TokenInfo | null> {
  const digest = hashToken(token);
  const row = await store.db.selectFrom('api_token').selectAll().where('sha256', '=', digest).executeTakeFirst();
  // The lookup is by digest, so timing says nothing about the token; the compare guards against a
  // database that matches case-insensitively.
  if (!row || !timingSafeEqual(Buffer.from(row.sha256), Buffer.from(digest))) return null;
  return { id: row.id, name: row.name, createdAt: row.created_at };
}

export async function listApiTokens(store: Store): Promise<TokenInfo[]> {
  const rows = await store.db.selectFrom('api_token').selectAll().orderBy('id').execute();
  return rows.map((row) => ({ id: row.id, name: row.name, createdAt: row.created_at }));
}
