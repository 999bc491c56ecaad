import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compareClaims, deviceKey, valuesMatch, type ActualClaim, type ExpectedClaim } from './compare-claims.js';

const base: ExpectedClaim = {
  device: 'Sony Xperia Z2',
  attribute: 'battery_mah',
  value: 3000,
  certainty: 'rumored',
  source: 'XperiaBlog',
  quote: '3,000mAh battery',
};
const got = (over: Partial<ActualClaim> = {}): ActualClaim => ({ ...base, ...over });

describe('compareClaims', () => {
  test('device: brand prefix, case and punctuation do not matter', () => {
    assert.equal(deviceKey('Sony Xperia Z2'), deviceKey('xperia z2'));
    assert.equal(deviceKey('Nothing Phone (2a)'), deviceKey('Phone 2a'));
    assert.equal(deviceKey('Samsung Galaxy S24+'), deviceKey('Galaxy S24 Plus'));
    assert.equal(deviceKey('Galaxy Z Flip6'), deviceKey('Samsung Galaxy Z Flip 6'));
    assert.notEqual(deviceKey('Galaxy S24'), deviceKey('Galaxy S24 Ultra'));
    const c = compareClaims([base], [got({ device: 'Xperia Z2' })]);
    assert.deepEqual([c.missing.length, c.extra.length], [0, 0]);
  });

  test('device: aliases from expected devices name the same device', () => {
    const c = compareClaims({ claims: [base], devices: [{ name: 'Sony Xperia Z2', aliases: ['D6503', 'Sirius'] }] }, [
      got({ device: 'Sony D6503' }),
      got({ device: 'Sirius', attribute: 'ram_gb', value: 3 }),
    ]);
    assert.equal(c.missing.length, 0);
    assert.equal(c.extra.length, 1);
    assert.equal(c.extra[0]?.attribute, 'ram_gb');
  });

  test('a different device is missing plus extra', () => {
    const c = compareClaims([base], [got({ device: 'Sony Xperia Z1' })]);
    assert.equal(c.missing.length, 1);
    assert.equal(c.extra.length, 1);
  });

  test('numbers match within 1%', () => {
    assert.ok(valuesMatch('weight_g', 144, 144.3));
    assert.ok(!valuesMatch('weight_g', 144, 147));
    assert.ok(valuesMatch('battery_mah', 5000, 5000));
  });

  test('prices need the same currency and 0.5%', () => {
    assert.ok(valuesMatch('price', { amount: 1299.99, currency: 'USD' }, { amount: 1300, currency: 'usd' }));
    assert.ok(!valuesMatch('price', { amount: 3999, currency: 'CNY' }, { amount: 3999, currency: 'USD' }));
    assert.ok(!valuesMatch('price', { amount: 100, currency: 'USD' }, { amount: 101, currency: 'USD' }));
  });

  test('dates match within a day at both ends', () => {
    const sept = { from: '2024-09-01', to: '2024-09-30' };
    assert.ok(valuesMatch('release_date', sept, { from: '2024-08-31', to: '2024-10-01' }));
    assert.ok(!valuesMatch('release_date', sept, { from: '2024-09-01', to: '2024-10-31' }));
    assert.ok(!valuesMatch('release_date', sept, 'September'));
  });

  test('lists compare as sets; a number equals its one-element list', () => {
    assert.ok(valuesMatch('storage_gb', [128, 256], [256, 128]));
    assert.ok(!valuesMatch('storage_gb', [128, 256], [128]));
    assert.ok(valuesMatch('ram_gb', 8, [8]));
    assert.ok(valuesMatch('colors', ['Midnight', 'starlight'], ['starlight', 'midnight']));
  });

  test('resolutions ignore order and spacing; strings ignore case and punctuation', () => {
    assert.ok(valuesMatch('display_resolution', '1920x1080', '1080 x 1920'));
    assert.ok(!valuesMatch('display_resolution', '1920x1080', '2400x1080'));
    assert.ok(valuesMatch('chipset', 'Snapdragon 8 Gen 3', 'snapdragon 8 gen-3'));
    assert.ok(valuesMatch('os', 'Android 14', 'android 14'));
  });

  test('optional claims are neither missing nor extra', () => {
    const optional: ExpectedClaim = { ...base, attribute: 'ram_gb', value: 3, optional: true };
    assert.deepEqual(compareClaims([base, optional], [got()]).missing, []);
    const c = compareClaims([base, optional], [got(), got({ attribute: 'ram_gb', value: 3 })]);
    assert.deepEqual([c.missing.length, c.extra.length], [0, 0]);
  });

  test('matched claims report a wrong certainty and a wrong source', () => {
    const c = compareClaims([base], [got({ certainty: 'likely', source: null })]);
    assert.equal(c.missing.length, 0);
    assert.equal(c.wrongCertainty.length, 1);
    assert.equal(c.wrongSource.length, 1);
    assert.equal(compareClaims([base], [got({ source: '@xperiablog' })]).wrongSource.length, 0);
  });

  test('duplicates pair with the candidate that agrees most', () => {
    const c = compareClaims([base], [got({ certainty: 'doubtful' }), got()]);
    assert.equal(c.wrongCertainty.length, 0);
    assert.equal(c.extra.length, 1);
    assert.equal(c.extra[0]?.certainty, 'doubtful');
  });

  test('the same claim twice (headline and body) is a duplicate, not an extra', () => {
    const c = compareClaims([base], [got({ quote: '3,000mAh' }), got()]);
    assert.deepEqual([c.matched.length, c.extra.length, c.duplicates.length], [1, 0, 1]);
  });

  test('accepts an extraction result as actual', () => {
    const c = compareClaims({ claims: [base] }, { claims: [got()] });
    assert.equal(c.matched.length, 1);
  });
});
