// The only network code in hearsay: fetchResource() GETs one URL with the limits, checks and conditional-GET
// handling every caller needs, and reports each failure as a FetchError whose `kind` says whether to retry.
import { defaultPolicy } from './address-policy.js';
import { fetchWithPolicy } from './fetch-resource.js';
import type { FetchedResource, FetchOptions } from './types.js';

export { classifyResponse, type ResponseClass } from './classify-response.js';
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_USER_AGENT,
  type FetchedResource,
  type FetchOptions,
} from './types.js';
// Not exported: fetchWithPolicy (a test seam for the address policy) and the per-hop helpers.

/**
 * GETs `url`, following redirects, and resolves with the body, or with status 304 and no body when
 * `etag`/`lastModified` still match. Rejects with a FetchError (or the reason of `options.signal` when that aborts).
 */
export function fetchResource(url: string, options: FetchOptions = {}): Promise<FetchedResource> {
  return fetchWithPolicy(url, options, defaultPolicy(options.allowPrivate ?? false));
}
