import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Certainty, Claim, ClaimValue } from '../core/types.js';
import type { StoredClaim } from '../ledger/index.js';
import { checkClaims } from './check-claims.js';
import { computeConsensus } from './compute-consensus.js';

const DEVICE = 'Acme Phone 9';
let nextId = 1;

function stored(attribute: string, value: ClaimValue, certainty: Certainty = 'rumored', storyId = nextId): StoredClaim {
  const id = nextId++;
  return {
    id,
    articleId: id,
    storyId,
    deviceName: DEVICE,
    attribute,
    value,
    qualifier: null,
    certainty,
    confidence: certainty === 'official' ? 1 : 0.6,
    source: null,
    evidence: null,
    span: [0, 1],
    quote: 'x',
    claimedOn: `2031-01-${String((id % 28) + 1).padStart(2, '0')}`,
    publisher: 'Test Wire',
    title: null,
    url: null,
  };
}

function claim(attribute: string, value: ClaimValue, device = DEVICE, qualifier: string | null = null): Claim {
  return {
    device,
    attribute: attribute as Claim['attribute'],
    value,
    qualifier,
    certainty: 'rumored',
    confidence: 0.6,
    source: null,
    evidence: null,
    span: [0, 1],
    quote: 'x',
  };
}

const sheet = computeConsensus([
  stored('ram_gb', 12),
  stored('ram_gb', 12),
  stored('ram_gb', 8),
  stored('battery_mah', 5000, 'official'),
  stored('price', { amount: 999, currency: 'USD' }),
  stored('release_date', { from: '2031-10-01', to: '2031-12-31' }),
]);
const sheets = new Map([[DEVICE, sheet]]);

function statusOf(c: Claim): [string, string] {
  const [result] = checkClaims([c], sheets);
  assert.ok(result);
  return [result.status, result.reason];
}

test('a device the ledger does not know makes every claim new', () => {
  const [result] = checkClaims([claim('ram_gb', 12, 'Other Phone')], new Map([['Other Phone', null]]));
  assert.equal(result?.status, 'new');
  assert.equal(result?.reason, 'new-device');
  assert.equal(result?.leader, null);
});

test('an attribute nothing was said about yet is new', () => {
  assert.deepEqual(statusOf(claim('chipset', 'Snapdragon 9 Gen 5')), ['new', 'new-attribute']);
});

test('a claim whose market or variant the ledger has no scope for is weighed against the attribute pooled', () => {
  const usOnly = computeConsensus([
    { ...stored('price', { amount: 1299, currency: 'USD' }, 'official'), qualifier: 'US' },
    { ...stored('price', { amount: 1099, currency: 'GBP' }), qualifier: 'UK' },
  ]);
  const [unqualified] = checkClaims([claim('price', { amount: 1599, currency: 'USD' })], new Map([[DEVICE, usOnly]]));
  assert.equal(unqualified?.status, 'conflicts');
  assert.equal(unqualified?.reason, 'differs-from-official');
  const [pro] = checkClaims([claim('ram_gb', 12, DEVICE, 'Pro')], sheets);
  assert.deepEqual([pro?.status, pro?.reason], ['agrees', 'same-as-leader']);
});

test('a price in a currency the ledger has no price in is new, not in agreement', () => {
  assert.deepEqual(statusOf(claim('price', { amount: 1099, currency: 'EUR' })), ['new', 'new-currency']);
});

test('the leading value repeated agrees; a compatible value agrees with the leader', () => {
  assert.deepEqual(statusOf(claim('ram_gb', 12)), ['agrees', 'same-as-leader']);
  assert.deepEqual(statusOf(claim('price', { amount: 999.99, currency: 'USD' })), ['agrees', 'agrees-with-leader']);
  assert.deepEqual(statusOf(claim('release_date', { from: '2031-11-01', to: '2031-11-30' })), [
    'agrees',
    'agrees-with-leader',
  ]);
});

test('a different value conflicts, naming the leader and any trailing value it backs', () => {
  const [result] = checkClaims([claim('ram_gb', 8)], sheets);
  assert.equal(result?.status, 'conflicts');
  assert.equal(result?.reason, 'differs-from-leader');
  assert.equal(result?.leader?.value, 12);
  assert.equal(result?.same?.value, 8);
  assert.deepEqual(statusOf(claim('battery_mah', 4500)), ['conflicts', 'differs-from-official']);
  assert.deepEqual(statusOf(claim('price', { amount: 1199, currency: 'USD' })), ['conflicts', 'differs-from-leader']);
});

test('results keep the order and number of the claims', () => {
  const claims = [claim('ram_gb', 8), claim('chipset', 'X'), claim('ram_gb', 12)];
  assert.deepEqual(
    checkClaims(claims, sheets).map((r) => r.claim),
    claims,
  );
});

test('a claim checked against a sheet that already holds its value is never new, and agrees when it leads', () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 12 }),
      fc.integer({ min: 1, max: 6 }),
      (values, probe) => {
        const ledger = [...values, probe].map((v) => stored('ram_gb', v * 4));
        const consensus = computeConsensus(ledger);
        const [result] = checkClaims([claim('ram_gb', probe * 4)], new Map([[DEVICE, consensus]]));
        assert.notEqual(result?.status, 'new');
        const leader = consensus.attributes[0]?.leader.value;
        assert.equal(result?.status === 'agrees', leader === probe * 4);
      },
    ),
  );
});
