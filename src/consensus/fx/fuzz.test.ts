// Files people import may be anything: the readers may refuse them, but only with a ParseError.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ParseError } from '../../core/errors.js';
import { parseEcbCsv } from './parse-ecb-csv.js';
import { decodeTable, TABLE_MAGIC } from './table-format.js';

const RUNS = { numRuns: 500 };

function onlyParseErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
  }
}

const csvPieces = fc.constantFrom(
  'Date',
  'date',
  'USD',
  'JPY',
  'EUR',
  'CNY',
  ',',
  ', ',
  '\n',
  '\r\n',
  '\r',
  '\uFEFF',
  'N/A',
  '2013-09-04',
  '2013-02-30',
  '1998-12-31',
  '09 May 2025',
  '31 Feb 2025',
  '1.3171',
  '0',
  '-1',
  '1e400',
  '9'.repeat(400),
  '.',
  '',
  ' ',
);
const csvish = fc.array(fc.oneof(csvPieces, fc.string()), { maxLength: 60 }).map((parts) => parts.join(''));

describe('fx readers on arbitrary input', () => {
  it('parseEcbCsv: refuses only with ParseError, and every row it returns is a rate', () => {
    fc.assert(
      fc.property(fc.oneof(csvish, fc.string()), (text) =>
        onlyParseErrors(() => {
          for (const row of parseEcbCsv(text, 'fuzz.csv')) {
            assert.match(row.date, /^\d{4}-\d{2}-\d{2}$/);
            assert.match(row.currency, /^[A-Z]{3}$/);
            assert.ok(Number.isFinite(row.rate) && row.rate > 0);
          }
        }),
      ),
      RUNS,
    );
  });

  it('parseEcbCsv: a valid file with a few characters changed is read or refused with a ParseError', () => {
    const base = 'Date,USD,JPY,\n2013-09-04,1.3171,131.06,\n2013-09-03,1.3172,130.98,\n';
    fc.assert(
      fc.property(fc.nat(base.length - 1), fc.string({ minLength: 1, maxLength: 3 }), (at, junk) =>
        onlyParseErrors(() => parseEcbCsv(base.slice(0, at) + junk + base.slice(at + 1), 'garbled.csv')),
      ),
      RUNS,
    );
  });

  it('decodeTable: refuses only with ParseError', () => {
    const tablePieces = fc.constantFrom(
      `${TABLE_MAGIC}\n`,
      'dates 2024-01-01 ',
      'ecb USD 4 0 ',
      'fred-usd CNY 4 0 ',
      '1,',
      '-3,',
      ',',
      '\n',
      '# note\n',
      '99999999999999999999',
    );
    const tableish = fc.array(fc.oneof(tablePieces, fc.string()), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(tableish, (text) => onlyParseErrors(() => decodeTable(text, 'fuzz.txt'))),
      RUNS,
    );
  });
});
