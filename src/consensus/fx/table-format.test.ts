import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ParseError } from '../../core/errors.js';
import { isoToDay } from './days.js';
import { decodeTable, encodeTable, seriesFromColumns, TABLE_MAGIC, type RateColumns } from './table-format.js';

const day = (iso: string) => isoToDay(iso) as number;

function columns(): RateColumns {
  return {
    comments: ['Source: a test'],
    days: Int32Array.from(['2005-03-30', '2005-03-31', '2005-04-01', '2005-04-04'], day),
    columns: [
      { kind: 'ecb', currency: 'USD', values: Float64Array.from([1.2977, 1.2964, 1.2959, 1.2883]) },
      { kind: 'ecb', currency: 'CNY', values: Float64Array.from([NaN, NaN, 10.7255, 10.6625]) },
      { kind: 'ecb', currency: 'ROL', values: Float64Array.from([36030, NaN, 36009, NaN]) },
      { kind: 'fred-usd', currency: 'CNY', values: Float64Array.from([8.2765, 8.2765, NaN, NaN]) },
    ],
  };
}

describe('table format', () => {
  it('encodes dates as gaps and rates as changes in their smallest digit', () => {
    assert.equal(
      encodeTable(columns()),
      [
        TABLE_MAGIC,
        '# Source: a test',
        'dates 2005-03-30 1,1,3',
        'ecb USD 4 0 12977,-13,-5,-76',
        'ecb CNY 4 2 107255,-630',
        'ecb ROL 0 0 36030,,-21',
        'fred-usd CNY 4 0 82765,0',
        '',
      ].join('\n'),
    );
  });

  it('decodes to the very doubles it was given', () => {
    const decoded = decodeTable(encodeTable(columns()), 't.txt');
    assert.deepEqual(decoded, columns());
  });

  it('round-trips any rates written to at most 6 significant digits', () => {
    const rate = fc
      .tuple(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 0, max: 8 }))
      .map(([digits, decimals]) => Number((digits / 10 ** decimals).toFixed(decimals)));
    const column = fc.array(fc.option(rate, { nil: NaN }), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(column, column, (usd, jpy) => {
        const table: RateColumns = {
          comments: [],
          days: Int32Array.from([10, 11, 12, 15, 16]),
          columns: [
            { kind: 'ecb', currency: 'USD', values: Float64Array.from(usd) },
            { kind: 'ecb', currency: 'JPY', values: Float64Array.from(jpy) },
          ].filter((c) => c.values.some((v) => !Number.isNaN(v))) as RateColumns['columns'],
        };
        assert.deepEqual(decodeTable(encodeTable(table), 't.txt'), table);
      }),
      { numRuns: 300 },
    );
  });

  it('fills a currency before its first ECB rate with ECB USD × units per USD', () => {
    const series = seriesFromColumns(columns(), 't.txt');
    const cny = series.get('CNY');
    assert.deepEqual(Array.from(cny?.days ?? []), Array.from(columns().days));
    assert.deepEqual(Array.from(cny?.rates ?? []), [10.74041405, 10.7296546, 10.7255, 10.6625]);
    assert.deepEqual(Array.from(series.get('ROL')?.rates ?? []), [36030, 36009]);
    assert.equal(series.has('EUR'), false);
  });

  it('refuses a file that is not a rate table, with a ParseError naming the line', () => {
    const cases: [string, RegExp][] = [
      ['version https://git-lfs.github.com/spec/v1\n', /line 1: expected "hearsay-fx-rates 1"/],
      [`${TABLE_MAGIC}\necb USD 4 0 1\n`, /line 2: rates before the dates line/],
      [`${TABLE_MAGIC}\ndates 2024-01-01 1\ndates 2024-01-01 1\n`, /line 3: a second dates line/],
      [`${TABLE_MAGIC}\ndates 2024-01-01 1,0\n`, /dates must rise/],
      [`${TABLE_MAGIC}\ndates 2024-01-01 1\necb USD 4 0 1,1,1\n`, /line 3: more values than dates/],
      [`${TABLE_MAGIC}\ndates 2024-01-01 1\necb USD 4 0 10,-10\n`, /rates must be above zero/],
      [`${TABLE_MAGIC}\ndates 2024-01-01 1\nimf USD 4 0 10\n`, /unknown line kind "imf"/],
      [`${TABLE_MAGIC}\ndates 2024-01-01 1\necb USD 4 0 1x\n`, /"1x" is not a whole number/],
      [`${TABLE_MAGIC}\n# only a note\n`, /no dates line/],
    ];
    for (const [text, reason] of cases) {
      assert.throws(
        () => decodeTable(text, 't.txt'),
        (e: unknown) => e instanceof ParseError && reason.test(e.reason),
      );
    }
  });
});
