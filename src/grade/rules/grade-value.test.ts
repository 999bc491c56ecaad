import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ClaimValue } from '../../core/types.js';
import type { OfficialValue } from '../types.js';
import { gradeValue, type Convert } from './grade-value.js';
import { windowSpecificity } from './specificity.js';

function official(attribute: string, value: ClaimValue, qualifier: string | null = null): OfficialValue {
  return { attribute, qualifier, value, origin: 'catalog', ref: 'catalog:1', source: 'test', knownOn: '2024-01-17' };
}

function grade(
  attribute: string,
  claimed: ClaimValue,
  officialValue: ClaimValue,
  convert: Convert | null = null,
): string {
  return gradeValue(attribute, claimed, '2023-11-01', [official(attribute, officialValue)], convert).grade;
}

describe('grading rules', () => {
  test('numbers: within the attribute tolerance is right, a near miss partly, beyond it wrong', () => {
    assert.equal(grade('battery_mah', 5000, 5000), 'right');
    assert.equal(grade('battery_mah', 5000, 5020), 'right'); // 0.4%: rounding
    assert.equal(grade('battery_mah', 5000, 5050), 'partly'); // 1%
    assert.equal(grade('battery_mah', 5000, 5300), 'wrong'); // 5.7%
    assert.equal(grade('display_size_in', 6.7, 6.73), 'right');
    assert.equal(grade('display_size_in', 6.7, 6.8), 'partly');
    assert.equal(grade('display_size_in', 6.4, 6.8), 'wrong');
    assert.equal(grade('thickness_mm', 8.5, 9.15), 'wrong');
    assert.equal(grade('charging_w', 65, 45), 'wrong');
    assert.equal(grade('cpu_cores', 8, 9), 'wrong');
    assert.equal(grade('refresh_rate_hz', 120, 120), 'right');
  });

  test('lists by overlap: the same set right, a shared member partly, nothing shared wrong', () => {
    assert.equal(grade('storage_gb', [128, 256], [256, 128]), 'right');
    assert.equal(grade('storage_gb', [128, 256, 512], 128), 'partly');
    assert.equal(grade('ram_gb', [8, 12], [16]), 'wrong');
    assert.equal(grade('colors', ['Obsidian', 'porcelain'], ['porcelain', 'obsidian', 'bay']), 'partly');
    assert.equal(grade('colors', ['black'], ['white']), 'wrong');
    // One model number among the official ones names the device rightly.
    assert.equal(grade('model_number', 'SM-S928B', ['SM-S928U', 'SM-S928B']), 'right');
  });

  test('a release window is right when the official day falls inside it', () => {
    assert.equal(
      grade('release_date', { from: '2024-01-01', to: '2024-03-31' }, { from: '2024-01-31', to: '2024-01-31' }),
      'right',
    );
    assert.equal(
      grade('announce_date', { from: '2023-09-13', to: '2023-09-13' }, { from: '2023-09-12', to: '2023-09-12' }),
      'wrong',
    );
    // An official month (a catalog without the day) only overlapping the claimed window cannot settle it.
    assert.equal(
      grade('release_date', { from: '2024-01-20', to: '2024-01-20' }, { from: '2024-01-01', to: '2024-01-31' }),
      'partly',
    );
    assert.equal(
      grade('release_date', { from: '2023-10-01', to: '2024-03-31' }, { from: '2024-01-01', to: '2024-01-31' }),
      'right',
    );
  });

  test("a window's width is kept as its specificity: a day 1, a month about 0.48, a year about 0.1", () => {
    const day = gradeValue('release_date', { from: '2024-01-31', to: '2024-01-31' }, '2023-11-01', [], null);
    assert.equal(day.specificity, 1);
    assert.ok(Math.abs(windowSpecificity('2024-01-01', '2024-01-31') - 0.479) < 0.001);
    assert.ok(Math.abs(windowSpecificity('2024-01-01', '2024-12-31') - 0.105) < 0.001);
    assert.equal(windowSpecificity('2023-01-01', '2026-12-31'), 0.1); // the floor
    assert.ok(windowSpecificity('2024-01-01', '2024-03-31') > windowSpecificity('2024-01-01', '2024-06-30'));
  });

  test('prices: compared in the claim currency when there is an official price in it', () => {
    assert.equal(grade('price', { amount: 999.99, currency: 'USD' }, { amount: 999, currency: 'USD' }), 'right');
    assert.equal(grade('price', { amount: 1089, currency: 'USD' }, { amount: 999, currency: 'USD' }), 'partly'); // 9%
    assert.equal(grade('price', { amount: 1199, currency: 'USD' }, { amount: 999, currency: 'USD' }), 'wrong');
    const officials = [
      official('price', { amount: 999, currency: 'USD' }),
      official('price', { amount: 999, currency: 'GBP' }),
    ];
    const verdict = gradeValue('price', { amount: 999, currency: 'GBP' }, '2023-11-01', officials, null);
    assert.equal(verdict.grade, 'right');
    assert.deepEqual(verdict.official?.value, { amount: 999, currency: 'GBP' });
  });

  test("prices: converted at the claim's date when the currencies differ, right within 10%", () => {
    const rates: Record<string, number> = { USD: 1.1, EUR: 1, GBP: 0.85 };
    const convert: Convert = (money, to) => (money.amount / (rates[money.currency] ?? NaN)) * (rates[to] ?? NaN);
    // 1,000 EUR is 1,100 USD at these rates.
    assert.equal(
      grade('price', { amount: 1000, currency: 'EUR' }, { amount: 1050, currency: 'USD' }, convert),
      'right',
    );
    assert.equal(
      grade('price', { amount: 1000, currency: 'EUR' }, { amount: 1300, currency: 'USD' }, convert),
      'partly',
    );
    assert.equal(
      grade('price', { amount: 1000, currency: 'EUR' }, { amount: 2000, currency: 'USD' }, convert),
      'wrong',
    );
    // No rate: the claim stays pending rather than being judged on a guess.
    assert.equal(
      grade('price', { amount: 1000, currency: 'XYZ' }, { amount: 1050, currency: 'USD' }, () => null),
      'pending',
    );
  });

  test('text: case and punctuation do not matter; a chipset without its variant suffix is partly right', () => {
    assert.equal(grade('chipset', 'snapdragon 8 gen3', 'Snapdragon 8 Gen 3'), 'right');
    assert.equal(grade('chipset', 'Snapdragon 8 Gen 3', 'Snapdragon 8 Gen 3 for Galaxy'), 'partly');
    assert.equal(grade('chipset', 'Exynos 2400', 'Snapdragon 8 Gen 3'), 'wrong');
    assert.equal(grade('os', 'Android 13', 'Android 14'), 'wrong');
  });

  test('pending without an official value; several official values give the best verdict', () => {
    assert.equal(gradeValue('battery_mah', 5000, '2023-11-01', [], null).grade, 'pending');
    const two = [official('charging_w', 80, 'US'), official('charging_w', 100, 'global')];
    assert.equal(gradeValue('charging_w', 100, '2023-11-01', two, null).grade, 'right');
  });
});
