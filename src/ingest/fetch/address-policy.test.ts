import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultPolicy, nonPublicKind } from './address-policy.js';

describe('address policy', () => {
  it('address policy: names each kind of non-public address', () => {
    const cases: [string, string][] = [
      ['127.0.0.1', 'a loopback address'],
      ['127.8.9.10', 'a loopback address'],
      ['::1', 'a loopback address'],
      ['0.0.0.0', 'an unspecified address'],
      ['::', 'an unspecified address'],
      ['10.1.2.3', 'a private address'],
      ['172.16.0.1', 'a private address'],
      ['172.31.255.255', 'a private address'],
      ['192.168.1.1', 'a private address'],
      ['fd12:3456::1', 'a private address'],
      ['100.64.0.1', 'a carrier-grade NAT address'],
      ['169.254.169.254', 'a link-local address'],
      ['fe80::1', 'a link-local address'],
      ['224.0.0.1', 'a multicast address'],
      ['ff02::1', 'a multicast address'],
      ['::ffff:127.0.0.1', 'a loopback address'],
      ['::ffff:a00:1', 'a private address'],
    ];
    for (const [address, kind] of cases) assert.equal(nonPublicKind(address), kind, address);
  });

  it('address policy: public addresses pass', () => {
    for (const address of ['93.184.216.34', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '::ffff:8.8.8.8']) {
      assert.equal(nonPublicKind(address), null, address);
      assert.equal(defaultPolicy(false)(address), null, address);
    }
  });

  it('address policy: allowPrivate lets every address through', () => {
    assert.equal(defaultPolicy(false)('10.0.0.1'), 'a private address');
    assert.equal(defaultPolicy(true)('10.0.0.1'), null);
  });
});
