import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import fc from 'fast-check';
import { ParseError } from '../../core/errors.js';
import { parseCsv } from './parse-csv.js';

describe('parseCsv', () => {
  test('quoted fields keep commas, doubled quotes and line breaks; lines are numbered from where a row starts', () => {
    const rows = parseCsv('\uFEFFname,notes\r\n"Edge, 90","say ""hi""\nthere"\r\nPixel 8,\n', 'x.csv');
    assert.deepEqual(
      rows.map((r) => [r.line, r.fields]),
      [
        [1, ['name', 'notes']],
        [2, ['Edge, 90', 'say "hi"\nthere']],
        [4, ['Pixel 8', '']],
      ],
    );
  });

  test('a trailing comma is an empty last field; blank lines are skipped', () => {
    const rows = parseCsv('a,b,\n\n1,2,\n', 'x.csv');
    assert.deepEqual(
      rows.map((r) => r.fields),
      [
        ['a', 'b', ''],
        ['1', '2', ''],
      ],
    );
  });

  test('an unterminated quote is a ParseError naming the file and the line it opened on', () => {
    assert.throws(
      () => parseCsv('name\nok\n"never closed,\nmore', 'cat.csv'),
      (e: unknown) => e instanceof ParseError && e.item === 'cat.csv:3' && /never closed/.test(e.reason),
    );
  });
});

/** What a careful writer produces for these rows. */
function writeCsv(rows: string[][]): string {
  return rows
    .map((r) => r.map((f) => (/[",\r\n]/.test(f) || f === '' ? `"${f.replace(/"/g, '""')}"` : f)).join(','))
    .join('\r\n');
}

describe('parseCsv on arbitrary input', () => {
  it('refuses only with ParseError', () => {
    const pieces = fc.constantFrom('"', '""', ',', '\n', '\r\n', '\r', '\uFEFF', 'NA', '5.0 inches', ' ', '');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 80 }), (parts) => {
        try {
          const rows = parseCsv(parts.join(''), 'fuzz.csv');
          for (const row of rows) assert.ok(row.line >= 1 && row.fields.length >= 1);
        } catch (error) {
          if (!(error instanceof ParseError)) throw error;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back exactly what a CSV writer wrote', () => {
    const field = fc.oneof(fc.string(), fc.constantFrom('a,b', 'say "x"', 'two\nlines', 'cr\r\nlf'));
    const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(rows, (written) => {
        assert.deepEqual(
          parseCsv(writeCsv(written), 'w.csv').map((r) => r.fields),
          written,
        );
      }),
      { numRuns: 500 },
    );
  });
});
