// The committed table, read the way consensus reads it. Figures are the ECB's and FRED's own, from
// data/README.md in the shared data folder and the source rows quoted beside each check.
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { describe, it } from 'node:test';
import { BUNDLED_TABLE_PATH } from './bundled.js';
import { loadBundledRates } from './index.js';

const rates = loadBundledRates();

function near(actual: number | undefined, expected: number, tolerance = 1e-9): void {
  assert.ok(actual !== undefined && Math.abs(actual - expected) <= tolerance, `${actual} is not ${expected}`);
}

describe('loadBundledRates', () => {
  it('loads once and shares the table; the file stays well under 1 MB', () => {
    assert.equal(loadBundledRates(), rates);
    assert.ok(statSync(BUNDLED_TABLE_PATH).size < 500_000);
  });

  it('covers 1999-01-04 to 2025-05-09 and the currencies the ECB has quoted', () => {
    assert.equal(rates.firstDate(), '1999-01-04');
    assert.equal(rates.lastDate(), '2025-05-09');
    const codes = rates.currencies();
    assert.equal(codes.length, 42);
    for (const code of ['EUR', 'USD', 'JPY', 'GBP', 'CNY', 'INR', 'KRW', 'RUB', 'ISK', 'TRL', 'CYP']) {
      assert.ok(codes.includes(code), code);
    }
  });

  it('keeps the ECB figures as published (data/README.md sample rows)', () => {
    const rows: Record<string, Record<string, number>> = {
      '2025-05-09': { USD: 1.1252, JPY: 163.36, GBP: 0.8477, CNY: 8.147, INR: 96.0755, KRW: 1575.72, AUD: 1.7572 },
      '2024-12-31': { USD: 1.0389, JPY: 163.06, GBP: 0.82918, CNY: 7.5833, INR: 88.9335, KRW: 1532.15 },
      '2013-09-04': { USD: 1.3171, JPY: 131.06, GBP: 0.8438, CNY: 8.0608, INR: 88.279, KRW: 1441.4, AUD: 1.4373 },
      '2005-04-01': { USD: 1.2959, JPY: 139.07, GBP: 0.68665, CNY: 10.7255, KRW: 1306.01, AUD: 1.6803 },
      '1999-01-04': { USD: 1.1789, JPY: 133.73, GBP: 0.7111, KRW: 1398.59, AUD: 1.91 },
    };
    for (const [date, row] of Object.entries(rows)) {
      for (const [currency, rate] of Object.entries(row)) {
        assert.deepEqual(rates.rateOn(currency, date), { rate, date }, `${currency} ${date}`);
      }
    }
  });

  it('CNY per USD on 2013-09-04 is 8.0608 / 1.3171 ≈ 6.120', () => {
    const got = rates.convert({ amount: 1, currency: 'USD' }, 'CNY', '2013-09-04');
    near(got?.amount, 8.0608 / 1.3171);
    assert.equal(got?.amount.toFixed(3), '6.120');
    assert.equal(got?.rateDate, '2013-09-04');
  });

  it('a Saturday gets Friday’s rate; before 1999-01-04 there is none', () => {
    assert.deepEqual(rates.rateOn('USD', '2013-09-07'), { rate: 1.3117, date: '2013-09-06' });
    assert.equal(rates.rateOn('USD', '1999-01-01'), null);
    assert.equal(rates.convert({ amount: 100, currency: 'USD' }, 'EUR', '1998-12-31'), null);
  });

  it('CNY before 2005-04-01 is ECB USD × FRED DEXCHUS on the same date', () => {
    // 2003-05-02: ECB USD 1.1239, DEXCHUS 8.2771.
    near(rates.rateOn('CNY', '2003-05-02')?.rate, 1.1239 * 8.2771);
    // 1999-01-04: 1.1789 × 8.2793; the day before the ECB's own first CNY, 2005-03-31: 1.2964 × 8.2765.
    near(rates.rateOn('CNY', '1999-01-04')?.rate, 1.1789 * 8.2793);
    near(rates.rateOn('RMB', '2005-03-31')?.rate, 1.2964 * 8.2765);
    // 2004-07-05 was a US holiday (DEXCHUS "."): the rate of Friday 2004-07-02, 1.2148 × 8.2766.
    const holiday = rates.rateOn('CNY', '2004-07-05');
    assert.equal(holiday?.date, '2004-07-02');
    near(holiday?.rate, 1.2148 * 8.2766);
    // A 2003 price in yuan comes out in dollars at about the peg, 8.277 yuan a dollar.
    near(rates.convert({ amount: 8277.1, currency: 'CNY' }, 'USD', '2003-05-02')?.amount, 1000);
  });

  it('INR before 2009-01-02 is ECB USD × FRED DEXINUS; from then on it is the ECB’s', () => {
    // 2008-12-31: ECB USD 1.3917, DEXINUS 48.58.
    near(rates.rateOn('INR', '2008-12-31')?.rate, 1.3917 * 48.58);
    near(rates.rateOn('INR', '2005-04-01')?.rate, 1.2959 * 43.62);
    assert.deepEqual(rates.rateOn('INR', '2013-09-04'), { rate: 88.279, date: '2013-09-04' });
  });

  it('no rate while the ECB did not quote a currency, nor for currencies it never quoted', () => {
    assert.equal(rates.rateOn('ISK', '2012-06-01'), null);
    assert.equal(rates.rateOn('ISK', '2008-12-09')?.date, '2008-12-09');
    assert.equal(rates.rateOn('ISK', '2018-02-01')?.date, '2018-02-01');
    assert.equal(rates.rateOn('RUB', '2022-03-01')?.date, '2022-03-01');
    assert.equal(rates.rateOn('RUB', '2023-09-01'), null);
    assert.equal(rates.rateOn('CYP', '2015-01-05'), null);
    for (const code of ['TWD', 'VND', 'AED', 'SAR', 'PKR', 'BDT', 'NGN', 'KES']) {
      assert.equal(rates.rateOn(code, '2020-01-02'), null, code);
      assert.equal(rates.convert({ amount: 1000, currency: code }, 'USD', '2020-01-02'), null, code);
    }
  });

  it('withRows: an imported newer day extends the bundled table without touching older dates', () => {
    const newer = rates.withRows([{ date: '2025-05-12', currency: 'USD', rate: 1.1106 }]);
    assert.deepEqual(newer.rateOn('USD', '2025-05-13'), { rate: 1.1106, date: '2025-05-12' });
    assert.deepEqual(newer.rateOn('JPY', '2025-05-13'), { rate: 163.36, date: '2025-05-09' });
    assert.deepEqual(newer.rateOn('USD', '2013-09-04'), { rate: 1.3171, date: '2013-09-04' });
    assert.equal(rates.lastDate(), '2025-05-09');
  });
});
