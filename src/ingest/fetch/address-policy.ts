// Which addresses a fetch may connect to. A feed URL comes from outside (a user, a feed's own links, a redirect),
// so without this check it could make hearsay probe the machine it runs on or its local network.
import { BlockList, isIP } from 'node:net';

/** Says what kind of forbidden address `address` is ("a loopback address"), or null when it may be contacted. */
export type AddressPolicy = (address: string) => string | null;

type Range = [network: string, prefix: number, family: 'ipv4' | 'ipv6'];

const CATEGORIES: [label: string, ranges: Range[]][] = [
  [
    'a loopback address',
    [
      ['127.0.0.0', 8, 'ipv4'],
      ['::1', 128, 'ipv6'],
    ],
  ],
  [
    'an unspecified address',
    [
      ['0.0.0.0', 8, 'ipv4'],
      ['::', 128, 'ipv6'],
    ],
  ],
  [
    'a private address',
    [
      ['10.0.0.0', 8, 'ipv4'],
      ['172.16.0.0', 12, 'ipv4'],
      ['192.168.0.0', 16, 'ipv4'],
      ['fc00::', 7, 'ipv6'],
    ],
  ],
  ['a carrier-grade NAT address', [['100.64.0.0', 10, 'ipv4']]],
  [
    'a link-local address',
    [
      ['169.254.0.0', 16, 'ipv4'],
      ['fe80::', 10, 'ipv6'],
    ],
  ],
  [
    'a multicast address',
    [
      ['224.0.0.0', 4, 'ipv4'],
      ['ff00::', 8, 'ipv6'],
    ],
  ],
  [
    'a reserved address',
    [
      ['240.0.0.0', 4, 'ipv4'],
      ['192.0.0.0', 24, 'ipv4'],
      ['198.18.0.0', 15, 'ipv4'],
    ],
  ],
];

// node:net's BlockList also matches IPv4-mapped IPv6 (::ffff:127.0.0.1) against the IPv4 ranges.
const LISTS: [string, BlockList][] = CATEGORIES.map(([label, ranges]) => {
  const list = new BlockList();
  for (const [network, prefix, family] of ranges) list.addSubnet(network, prefix, family);
  return [label, list];
});

/** The kind of non-public address this is ("a loopback address"), or null for a public one. */
export function nonPublicKind(address: string): string | null {
  const version = isIP(address);
  if (version === 0) return 'not an IP address';
  const family = version === 4 ? 'ipv4' : 'ipv6';
  for (const [label, list] of LISTS) if (list.check(address, family)) return label;
  return null;
}

export function defaultPolicy(allowPrivate: boolean): AddressPolicy {
  return allowPrivate ? () => null : nonPublicKind;
}
