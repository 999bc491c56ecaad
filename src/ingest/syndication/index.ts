// Syndication: telling one story re-reported by twenty sites from twenty stories. Exact copies by
// content hash, near-copies by MinHash signature (looked up by LSH band keys), and credit chains by
// the publications an article names as its origin. Pure functions over strings: no I/O, no clock.
export { contentHash } from './content-hash.js';
export {
  EMPTY_SLOT,
  estimateJaccard,
  minhashSignature,
  NUM_HASHES,
  SHINGLE_WORDS,
  SIGNATURE_SCHEME,
} from './minhash.js';
export { BANDS, ROWS, signatureBands } from './bands.js';
export { decodeSignature, encodeSignature } from './signature-codec.js';
export { isNearDuplicate, NEAR_DUPLICATE_JACCARD } from './near-duplicate.js';
export { creditedOrigins } from './credited-origins.js';
export { normalisePublisher } from './normalise-publisher.js';
export { normaliseText } from './normalise-text.js';
