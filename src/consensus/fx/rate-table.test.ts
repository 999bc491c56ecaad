import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { InputError } from '../../core/errors.js';
import { dayToIso } from './days.js';
import { MAX_SKIPPED_PUBLICATIONS, RateTable, type FxRow } from './rate-table.js';

/** Weekdays of January 2024 (the 1st is a Monday). */
const JANUARY = Array.from({ length: 31 }, (_, k) => `2024-01-${String(k + 1).padStart(2, '0')}`).filter(
  (date) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()),
);

function table(): RateTable {
  const rows: FxRow[] = JANUARY.map((date, k) => ({ date, currency: 'USD', rate: 1.09 + k / 1000 }));
  rows.push(
    { date: '2024-01-08', currency: 'CNY', rate: 7.8 },
    { date: '2024-01-09', currency: 'CNY', rate: 7.81 },
    // Quoted on the first days only, like RUB after the ECB suspended it.
    { date: '2024-01-02', currency: 'RUB', rate: 98 },
  );
  return RateTable.fromRows(rows);
}

describe('RateTable.rateOn', () => {
  it('rateOn: a weekend date gets the Friday rate, dated Friday', () => {
    assert.deepEqual(table().rateOn('USD', '2024-01-06'), { rate: 1.094, date: '2024-01-05' });
    assert.deepEqual(table().rateOn('USD', '2024-01-07'), { rate: 1.094, date: '2024-01-05' });
    assert.deepEqual(table().rateOn('USD', '2024-01-08'), { rate: 1.095, date: '2024-01-08' });
  });

  it('rateOn: null before the first rate and for a currency the table never had', () => {
    assert.equal(table().rateOn('USD', '2023-12-31'), null);
    assert.equal(table().rateOn('CNY', '2024-01-05'), null);
    for (const code of ['TWD', 'VND', 'AED', 'SAR', 'PKR', 'BDT', 'NGN', 'KES', 'XYZ', '', 'dollars']) {
      assert.equal(table().rateOn(code, '2024-01-10'), null, code);
    }
  });

  it('rateOn: EUR is 1 on any date, and codes are read case-insensitively', () => {
    assert.deepEqual(table().rateOn('EUR', '1990-06-01'), { rate: 1, date: '1990-06-01' });
    assert.deepEqual(table().rateOn(' usd ', '2024-01-02'), { rate: 1.091, date: '2024-01-02' });
  });

  it('rateOn: RMB is CNY', () => {
    assert.deepEqual(table().rateOn('RMB', '2024-01-10'), { rate: 7.81, date: '2024-01-09' });
    assert.deepEqual(table().rateOn('rmb', '2024-01-10'), table().rateOn('CNY', '2024-01-10'));
  });

  it('rateOn: a currency the table stopped quoting has no rate once others moved on for a week', () => {
    assert.deepEqual(table().rateOn('RUB', '2024-01-05'), { rate: 98, date: '2024-01-02' });
    assert.equal(table().rateOn('RUB', '2024-01-31'), null);
    assert.equal(table().rateOn('CNY', '2024-01-31'), null);
  });

  it('rateOn: past the end of the table the last rate stands (the table is old, not the currency)', () => {
    assert.deepEqual(table().rateOn('USD', '2030-01-01'), { rate: 1.112, date: '2024-01-31' });
  });

  it('rateOn: a malformed or impossible date is an InputError, not a missing rate', () => {
    for (const date of ['2024-1-5', '2024-02-30', '05/01/2024', '', '2024-01-05T00:00:00Z']) {
      assert.throws(() => table().rateOn('USD', date), InputError, date);
    }
  });

  it('rateOn: agrees with a scan of the rows (binary search, publication-day rule)', () => {
    const day = fc.integer({ min: 19_700, max: 19_760 });
    const row = fc.record({
      day,
      currency: fc.constantFrom('USD', 'JPY'),
      rate: fc.double({ min: 0.01, max: 500, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), day, fc.constantFrom('USD', 'JPY'), (rows, query, currency) => {
        const fxRows = rows.map((r) => ({ date: dayToIso(r.day), currency: r.currency, rate: r.rate }));
        const latest = new Map<number, number>();
        for (const r of rows) if (r.currency === currency) latest.set(r.day, r.rate);
        const published = new Set(rows.map((r) => r.day));
        const before = [...latest.keys()].filter((d) => d <= query);
        let expected: { rate: number; date: string } | null = null;
        if (before.length > 0) {
          const at = Math.max(...before);
          const skipped = [...published].filter((d) => d > at && d <= query).length;
          if (skipped <= MAX_SKIPPED_PUBLICATIONS) expected = { rate: latest.get(at) as number, date: dayToIso(at) };
        }
        assert.deepEqual(RateTable.fromRows(fxRows).rateOn(currency, dayToIso(query)), expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('RateTable.convert', () => {
  it('convert: crosses through EUR with each rate on the date', () => {
    const got = table().convert({ amount: 7800, currency: 'CNY' }, 'USD', '2024-01-08');
    assert.equal(got?.currency, 'USD');
    assert.equal(got?.rateDate, '2024-01-08');
    assert.ok(Math.abs((got?.amount ?? 0) - (7800 / 7.8) * 1.095) < 1e-9);
  });

  it('convert: rateDate is the older of the two rates, and EUR needs no rate', () => {
    assert.deepEqual(table().convert({ amount: 100, currency: 'EUR' }, 'USD', '2024-01-06'), {
      amount: 100 * 1.094,
      currency: 'USD',
      rateDate: '2024-01-05',
    });
    assert.equal(table().convert({ amount: 100, currency: 'RMB' }, 'USD', '2024-01-12')?.rateDate, '2024-01-09');
  });

  it('convert: null when either side has no rate; a currency into itself is unchanged', () => {
    assert.equal(table().convert({ amount: 30000, currency: 'TWD' }, 'USD', '2024-01-10'), null);
    assert.equal(table().convert({ amount: 10, currency: 'USD' }, 'VND', '2024-01-10'), null);
    assert.deepEqual(table().convert({ amount: 3999, currency: 'RMB' }, 'CNY', '2024-01-10'), {
      amount: 3999,
      currency: 'CNY',
      rateDate: '2024-01-10',
    });
  });

  it('convert: an amount that is not a finite number is an InputError', () => {
    assert.throws(() => table().convert({ amount: NaN, currency: 'USD' }, 'EUR', '2024-01-10'), InputError);
  });
});

describe('RateTable.withRows', () => {
  it('withRows: new rows win on their dates, others are kept, and the original is unchanged', () => {
    const before = table();
    const after = before.withRows([
      { date: '2024-01-09', currency: 'CNY', rate: 7.9 },
      { date: '2024-02-01', currency: 'RMB', rate: 7.95 },
      { date: '2024-02-01', currency: 'GBP', rate: 0.86 },
    ]);
    assert.deepEqual(after.rateOn('CNY', '2024-01-09'), { rate: 7.9, date: '2024-01-09' });
    assert.deepEqual(after.rateOn('CNY', '2024-01-08'), { rate: 7.8, date: '2024-01-08' });
    assert.deepEqual(after.rateOn('CNY', '2024-02-02'), { rate: 7.95, date: '2024-02-01' });
    assert.deepEqual(after.rateOn('USD', '2024-02-01'), { rate: 1.112, date: '2024-01-31' });
    assert.deepEqual(before.rateOn('CNY', '2024-01-09'), { rate: 7.81, date: '2024-01-09' });
    assert.equal(before.rateOn('GBP', '2024-02-01'), null);
    assert.equal(after.lastDate(), '2024-02-01');
    assert.deepEqual(after.currencies(), ['CNY', 'EUR', 'GBP', 'RUB', 'USD']);
  });

  it('withRows: refuses rows that are not a rate (InputError)', () => {
    const bad: FxRow[] = [
      { date: '2024-01-09', currency: 'US', rate: 1 },
      { date: '2024-01-09', currency: 'EUR', rate: 1 },
      { date: '2024-13-01', currency: 'USD', rate: 1 },
      { date: '2024-01-09', currency: 'USD', rate: 0 },
      { date: '2024-01-09', currency: 'USD', rate: -1 },
      { date: '2024-01-09', currency: 'USD', rate: Infinity },
    ];
    for (const row of bad) assert.throws(() => table().withRows([row]), InputError, JSON.stringify(row));
  });

  it('an empty table has no dates and only EUR', () => {
    assert.equal(RateTable.empty().lastDate(), null);
    assert.equal(RateTable.empty().firstDate(), null);
    assert.deepEqual(RateTable.empty().currencies(), ['EUR']);
    assert.equal(RateTable.empty().rateOn('USD', '2024-01-01'), null);
  });
});
