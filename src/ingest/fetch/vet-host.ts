// DNS resolution and the address check happen together, and the request then connects to exactly the addresses
// checked here (see request.ts): resolving again at connect time would let a rebinding DNS server swap them.
import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { FetchError } from '../../core/errors.js';
import type { AddressPolicy } from './address-policy.js';
import { transportError } from './classify-response.js';

/** The host part of a URL as DNS wants it: IPv6 literals lose their brackets. */
export function bareHostname(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

function refusal(hostname: string, address: string, kind: string): string {
  const subject = hostname === address ? `${address} is ${kind}` : `${hostname} resolves to ${address}, ${kind}`;
  return `${subject}; --allow-private allows it`;
}

/** Every address `url`'s host resolves to, once each passes `policy`; throws 'refused' if any does not. */
export async function vetHost(url: URL, policy: AddressPolicy): Promise<LookupAddress[]> {
  const hostname = bareHostname(url);
  let addresses: LookupAddress[];
  const literal = isIP(hostname);
  if (literal !== 0) {
    addresses = [{ address: hostname, family: literal }];
  } else {
    try {
      addresses = await lookup(hostname, { all: true, verbatim: true });
    } catch (error) {
      throw transportError(url.href, error);
    }
  }
  if (addresses.length === 0) throw new FetchError(url.href, 'network', 'host not found');
  // One forbidden address is enough to refuse: a name that mixes public and private answers is not a feed host.
  for (const { address } of addresses) {
    const kind = policy(address);
    if (kind !== null) throw new FetchError(url.href, 'refused', refusal(hostname, address, kind));
  }
  return addresses;
}
