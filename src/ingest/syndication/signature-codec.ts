// Signatures as text for a database column: the scheme, then base64 of the slots as little-endian
// bytes (fixed byte order, so a value written on one machine reads the same on any other).
import { ParseError } from '../../core/errors.js';
import { NUM_HASHES, SIGNATURE_SCHEME } from './minhash.js';

const BYTES = NUM_HASHES * 4;
const PREFIX = `${SIGNATURE_SCHEME}:`;
/** Buffer's decoder skips characters it does not know; checking first makes a damaged value an error, not a different signature. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** "mh1:" + base64 (1,024 characters for 192 slots). */
export function encodeSignature(sig: Uint32Array): string {
  if (sig.length !== NUM_HASHES) throw new RangeError(`a signature has ${NUM_HASHES} slots, not ${sig.length}`);
  const bytes = new Uint8Array(BYTES);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < NUM_HASHES; i++) view.setUint32(i * 4, sig[i]!, true);
  return PREFIX + Buffer.from(bytes).toString('base64');
}

/** The inverse of encodeSignature. A value from another scheme or a damaged one is a ParseError:
 * comparing it would silently find no duplicates. */
export function decodeSignature(s: string): Uint32Array {
  const fail = (reason: string) => new ParseError('ingest', 'minhash signature', SIGNATURE_SCHEME, reason);
  if (!s.startsWith(PREFIX)) throw fail(`expected a value starting "${PREFIX}"`);
  const body = s.slice(PREFIX.length);
  if (body.length % 4 !== 0 || !BASE64.test(body)) throw fail('not base64');
  const bytes = Buffer.from(body, 'base64');
  if (bytes.byteLength !== BYTES) throw fail(`expected ${BYTES} bytes, got ${bytes.byteLength}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sig = new Uint32Array(NUM_HASHES);
  for (let i = 0; i < NUM_HASHES; i++) sig[i] = view.getUint32(i * 4, true);
  return sig;
}
