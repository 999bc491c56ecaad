// The public face of extraction: one function in, one result out. Everything else is internal.
export { extractClaims } from './extract-claims.js';
export type { Extraction, ExtractOptions } from './extract-claims.js';
