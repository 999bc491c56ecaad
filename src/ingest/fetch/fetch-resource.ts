// The redirect loop: every hop is validated, resolved and vetted before anything connects to it,
// and one deadline covers the whole fetch.
import type { OutgoingHttpHeaders } from 'node:http';
import { FetchError, HearsayError } from '../../core/errors.js';
import type { AddressPolicy } from './address-policy.js';
import { classifyResponse, transportError } from './classify-response.js';
import { readBody } from './read-body.js';
import { openRequest } from './request.js';
import { withDefaults, type FetchedResource, type FetchOptions, type ResolvedFetchOptions } from './types.js';
import { vetHost } from './vet-host.js';

function parseTarget(url: string): URL {
  if (!URL.canParse(url)) throw new FetchError(url, 'bad-url', 'not a URL');
  const target = new URL(url);
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new FetchError(url, 'bad-url', `only http and https URLs can be fetched, not ${target.protocol}`);
  }
  return target;
}

function requestHeaders(options: ResolvedFetchOptions): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {
    'user-agent': options.userAgent,
    accept: options.accept,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  return headers;
}

function single(value: string | string[] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === '' ? null : first;
}

/** Rejects as soon as `signal` aborts, for steps that cannot be cancelled themselves (a DNS lookup). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function follow(
  requested: string,
  options: ResolvedFetchOptions,
  policy: AddressPolicy,
  signal: AbortSignal,
): Promise<FetchedResource> {
  const headers = requestHeaders(options);
  let current = parseTarget(requested);
  for (let hop = 0; ; hop++) {
    const addresses = await abortable(vetHost(current, policy), signal);
    let response;
    try {
      response = await openRequest(current, addresses, headers, signal);
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      throw transportError(current.href, error);
    }
    const result = classifyResponse(current.href, response.statusCode ?? 0, response.headers);
    if (result.outcome !== 'ok') response.destroy();
    switch (result.outcome) {
      case 'error':
        throw result.error;
      case 'redirect':
        if (hop >= options.maxRedirects) {
          throw new FetchError(
            requested,
            'redirects',
            `more than ${options.maxRedirects} redirects (the last to ${result.location})`,
          );
        }
        current = parseTarget(result.location);
        continue;
      case 'not-modified':
      case 'ok': {
        const ok = result.outcome === 'ok';
        return {
          url: requested,
          finalUrl: current.href,
          status: ok ? (response.statusCode ?? 200) : 304,
          bytes: ok ? await readBody(response, current.href, options.maxBytes, signal) : new Uint8Array(0),
          contentType: single(response.headers['content-type']),
          etag: single(response.headers.etag) ?? (ok ? null : (options.etag ?? null)),
          lastModified: single(response.headers['last-modified']) ?? (ok ? null : (options.lastModified ?? null)),
        };
      }
    }
  }
}

/** Errors name the URL the caller asked for; a failure further down the redirect chain says where it happened. */
function forRequested(error: FetchError, requested: string): FetchError {
  if (error.url === requested) return error;
  const options = { cause: error, ...(error.status === null ? {} : { status: error.status }) };
  return new FetchError(requested, error.kind, `redirected to ${error.url}: ${error.reason}`, options);
}

/** fetchResource with an explicit address policy; tests use it to let loopback through selectively. */
export async function fetchWithPolicy(
  url: string,
  options: FetchOptions,
  policy: AddressPolicy,
): Promise<FetchedResource> {
  const settings = withDefaults(url, options);
  const deadline = AbortSignal.timeout(settings.timeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  try {
    return await follow(url, settings, policy, signal);
  } catch (error) {
    // The caller's own cancellation is not a fetch failure: hand back their reason, as fetch() does.
    if (options.signal?.aborted) throw options.signal.reason;
    if (deadline.aborted) {
      throw new FetchError(url, 'timeout', `no complete response within ${settings.timeoutMs} ms`, { cause: error });
    }
    if (error instanceof FetchError) throw forRequested(error, url);
    if (error instanceof HearsayError) throw error;
    throw transportError(url, error);
  }
}
