import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ParseError } from '../../core/errors.js';
import { parseEcbCsv } from './parse-ecb-csv.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const HIST = fixture('eurofxref-hist-sample.csv');
const DAILY = fixture('eurofxref-daily.csv');

function parseError(text: string): ParseError {
  try {
    parseEcbCsv(text, 'rates.csv');
  } catch (error) {
    assert.ok(error instanceof ParseError, String(error));
    return error;
  }
  assert.fail('expected a ParseError');
}

describe('parseEcbCsv', () => {
  it('reads the history format: N/A gives no row, the trailing comma no column', () => {
    const rows = parseEcbCsv(HIST, 'eurofxref-hist-sample.csv');
    assert.deepEqual(rows.slice(0, 3), [
      { date: '2013-09-06', currency: 'USD', rate: 1.3117 },
      { date: '2013-09-06', currency: 'JPY', rate: 130.71 },
      { date: '2013-09-06', currency: 'GBP', rate: 0.842 },
    ]);
    const on = (date: string) =>
      Object.fromEntries(rows.filter((r) => r.date === date).map((r) => [r.currency, r.rate]));
    assert.deepEqual(on('2013-09-04'), {
      USD: 1.3171,
      JPY: 131.06,
      GBP: 0.8438,
      RUB: 44,
      CNY: 8.0608,
      INR: 88.279,
      KRW: 1441.4,
    });
    assert.deepEqual(on('1999-01-04'), { USD: 1.1789, JPY: 133.73, GBP: 0.7111, ISK: 81.48, KRW: 1398.59 });
    assert.equal(rows.length, 8 * 5 - 5 + 7 + 5 + 5 + 5);
  });

  it('reads the single-day format: spaces after commas, "09 May 2025", padded figures', () => {
    const rows = parseEcbCsv(DAILY, 'eurofxref.csv');
    assert.equal(rows.length, 30);
    assert.ok(rows.every((r) => r.date === '2025-05-09'));
    const rate = Object.fromEntries(rows.map((r) => [r.currency, r.rate]));
    assert.equal(rate.USD, 1.1252);
    assert.equal(rate.GBP, 0.8477);
    assert.equal(rate.IDR, 18606.59);
    assert.equal(rate.ZAR, 20.4835);
  });

  it('reads CRLF, blank lines, a byte-order mark, no trailing comma, and oldest-first files the same', () => {
    const crlf = '\uFEFF' + HIST.replace(/\n/g, '\r\n').replace('2013-09-04', '\r\n2013-09-04');
    assert.deepEqual(parseEcbCsv(crlf, 'a.csv'), parseEcbCsv(HIST, 'a.csv'));
    const bare = 'Date,USD,JPY\n2013-09-04,1.3171,131.06\n\n\n';
    assert.deepEqual(parseEcbCsv(bare, 'b.csv'), [
      { date: '2013-09-04', currency: 'USD', rate: 1.3171 },
      { date: '2013-09-04', currency: 'JPY', rate: 131.06 },
    ]);
    assert.deepEqual(parseEcbCsv('Date,USD,\n1999-01-04,1.1789,\n1999-01-05,1.179,\n', 'c.csv').length, 2);
    assert.deepEqual(parseEcbCsv('Date, USD, \n4 Jan 1999, 1.1789, \n', 'd.csv'), [
      { date: '1999-01-04', currency: 'USD', rate: 1.1789 },
    ]);
  });

  it('names the file, the line and the reason when it refuses', () => {
    const error = parseError('Date,USD,JPY,\n2013-09-04,1.3171,131.06,\n2013-09-03,1.3172,abc,\n');
    assert.equal(error.stage, 'fx');
    assert.equal(error.item, 'rates.csv');
    assert.equal(error.format, 'ecb-csv');
    assert.match(error.reason, /^line 3: JPY is "abc", not a rate$/);
    assert.match(error.message, /^fx: rates\.csv: line 3: /);
  });

  it('refuses headers that are not an ECB header', () => {
    const cases: [string, RegExp][] = [
      ['', /the file is empty/],
      ['\n \n', /the file is empty/],
      ['USD,JPY\n', /line 1: expected a header starting with "Date"/],
      ['Date\n2013-09-04\n', /line 1: the header names no currencies/],
      ['Date,USD,,JPY,\n', /line 1: header column 3 is "", not a currency code/],
      ['Date,US Dollar,\n', /line 1: header column 2 is "US Dollar"/],
      ['Date,USD,EUR,\n', /line 1: the header lists EUR/],
      ['Date,USD,USD,\n', /line 1: the header lists USD twice/],
      ['Date,USD,JPY,\n', /the file has a header but no rows/],
    ];
    for (const [text, reason] of cases) assert.match(parseError(text).reason, reason, JSON.stringify(text));
  });

  it('refuses rows it cannot read exactly', () => {
    const header = 'Date,USD,JPY,\n';
    const cases: [string, RegExp][] = [
      ['2013-09-04,1.3171,\n', /line 2: 1 values for the 2 currencies in the header/],
      ['2013-09-04,1.3171,131.06,7,\n', /line 2: 3 values for the 2 currencies/],
      ['2013-02-30,1.3171,131.06,\n', /line 2: "2013-02-30" is not a date/],
      ['2013-13-01,1.3171,131.06,\n', /is not a date/],
      ['31 Febuary 2013,1.3171,131.06,\n', /is not a date/],
      ['04/09/2013,1.3171,131.06,\n', /is not a date/],
      ['1998-12-31,1.3171,131.06,\n', /before the first euro reference rates/],
      ['2013-09-04,0,131.06,\n', /line 2: USD is 0: a rate must be above zero/],
      ['2013-09-04,0.0000,131.06,\n', /USD is 0.0000: a rate must be above zero/],
      ['2013-09-04,-1.3,131.06,\n', /USD is "-1.3", not a rate/],
      ['2013-09-04,1e3,131.06,\n', /USD is "1e3", not a rate/],
      ['2013-09-04,1.3171,"131.06",\n', /JPY is "\\"131.06\\"", not a rate/],
      ['2013-09-04,1,3171,131.06,\n', /3 values/],
      ['2013-09-04,,131.06,\n', /line 2: no value for USD \(the ECB writes N\/A/],
      ['2013-09-04,1.3171,131.06,\n\n2013-09-04,1.3,131,\n', /line 4: 2013-09-04 appears again \(first on line 2\)/],
      ['2013-09-04,1.3171,131.06,\n04 September 2013,1.3,131,\n', /line 3: 2013-09-04 appears again/],
    ];
    for (const [rows, reason] of cases) assert.match(parseError(header + rows).reason, reason, rows);
  });
});
