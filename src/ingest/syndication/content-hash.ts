// Exact-copy detection: a syndicated article that was only re-encoded or re-spaced hashes the same.
import { createHash } from 'node:crypto';
import { normaliseText } from './normalise-text.js';

/** sha256 (hex) of the text's normal form (normalise-text.ts). */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseText(text), 'utf8').digest('hex');
}
