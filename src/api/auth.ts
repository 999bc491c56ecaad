// Writes need `Authorization: Bearer <token>` with a token made by `hearsay token create`.
import type { FastifyRequest } from 'fastify';
import { findApiToken, type Hearsay, type TokenInfo } from '../app/index.js';
import { AuthError } from '../core/errors.js';

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header === undefined) return null;
  const space = header.indexOf(' ');
  if (space < 0 || header.slice(0, space).toLowerCase() !== 'bearer') return null;
  const token = header.slice(space + 1).trim();
  return token === '' ? null : token;
}

export async function requireToken(hearsay: Hearsay, request: FastifyRequest): Promise<TokenInfo> {
  const token = bearerToken(request);
  if (token === null) {
    throw new AuthError('api', 'Authorization', 'missing', 'writes need a bearer token (see `hearsay token create`)');
  }
  const found = await findApiToken(hearsay.store, token);
  if (found === null) throw new AuthError('api', 'Authorization', 'refused', 'that token is not valid');
  return found;
}
