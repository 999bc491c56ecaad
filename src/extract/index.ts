// The public face of extraction: one function in, one result out. Everything else is internal.
export { extractClaims } from './extract-claims.js';
export type { Extraction, ExtractOptions } from './extract-claims.js';
// Brand names are lexicon data; the ledger uses them to key device identities up to brand.
export { BRANDS, BRAND_SPELLINGS } from './lexicon/brands.js';
