// The one place that decides what a response or a transport failure means for the caller.
import { STATUS_CODES } from 'node:http';
import { FetchError } from '../../core/errors.js';

export type ResponseHeaders = Record<string, string | string[] | undefined>;

export type ResponseClass =
  | { outcome: 'ok' }
  | { outcome: 'not-modified' }
  | { outcome: 'redirect'; location: string }
  | { outcome: 'error'; error: FetchError };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// Statuses where the server says when to come back; the poller can honour that.
const RETRY_AFTER = new Set([429, 503]);

function header(headers: ResponseHeaders, name: string): string | null {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first.trim() === '' ? null : first.trim();
}

function describeStatus(status: number, headers: ResponseHeaders): string {
  const text = STATUS_CODES[status];
  const base = text ? `HTTP ${status} ${text}` : `HTTP ${status}`;
  const retryAfter = RETRY_AFTER.has(status) ? header(headers, 'retry-after') : null;
  return retryAfter ? `${base} (Retry-After: ${retryAfter})` : base;
}

function httpError(url: string, status: number, reason: string): ResponseClass {
  return { outcome: 'error', error: new FetchError(url, 'http', reason, { status }) };
}

/** Maps a response status (and, for redirects, its Location) to what the fetcher does next. */
export function classifyResponse(url: string, status: number, headers: ResponseHeaders): ResponseClass {
  if (status >= 200 && status < 300) return { outcome: 'ok' };
  if (status === 304) return { outcome: 'not-modified' };
  if (REDIRECTS.has(status)) {
    const location = header(headers, 'location');
    if (location === null) return httpError(url, status, `${describeStatus(status, headers)} without a Location`);
    // Location may be relative (RFC 9110); it resolves against the URL that answered.
    const target = URL.canParse(location, url) ? new URL(location, url) : null;
    if (target === null) {
      const reason = `${describeStatus(status, headers)} to "${location}", which is not a URL`;
      return { outcome: 'error', error: new FetchError(url, 'bad-url', reason, { status }) };
    }
    target.hash = '';
    return { outcome: 'redirect', location: target.href };
  }
  return httpError(url, status, describeStatus(status, headers));
}

function errorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

const TRANSPORT_REASONS: Record<string, string> = {
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup failed (temporary)',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed by the server',
  HPE_INVALID_CONSTANT: 'the server did not speak HTTP',
};

/** A failure below HTTP (DNS, TCP, TLS, a garbled response) as a 'network' FetchError. */
export function transportError(url: string, error: unknown): FetchError {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  const known = code === null ? undefined : TRANSPORT_REASONS[code];
  const reason = known ?? (code && !message.includes(code) ? `${message} (${code})` : message);
  return new FetchError(url, 'network', reason, { cause: error });
}
