// One HTTP exchange over node:http(s), connected to addresses vetted beforehand. node:http rather than fetch():
// its `lookup` hook pins the connection to those addresses, which the global fetch() offers no way to do.
import type { LookupAddress } from 'node:dns';
import http, { type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';

/** A `lookup` that answers every query with the vetted addresses instead of asking DNS again. */
function pinnedLookup(addresses: LookupAddress[]): LookupFunction {
  const first = addresses[0] as LookupAddress;
  return (_hostname, options, callback) => {
    // Node asks for all addresses when it may try several (happy eyeballs), otherwise for one.
    if (options.all) callback(null, addresses);
    else callback(null, first.address, first.family);
  };
}

/** Sends a GET and resolves with the response head; the body is left unread in the returned stream. */
export function openRequest(
  url: URL,
  addresses: LookupAddress[],
  headers: OutgoingHttpHeaders,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    // No shared agent: a pooled socket would skip the lookup above, and feeds are polled too rarely to need reuse.
    const request = client.request(url, {
      method: 'GET',
      headers,
      agent: false,
      lookup: pinnedLookup(addresses),
      signal,
    });
    request.once('response', resolve);
    request.on('error', reject);
    request.end();
  });
}
