// The ECB publishes its reference rates as CSV in two shapes: the history (eurofxref-hist.csv,
// `Date,USD,…,ZAR,` then `2025-05-09,1.1252,…,`) and the latest day (eurofxref.csv, `Date, USD, …, ZAR, `
// then `09 May 2025, 1.1252, …, `). Both end every line with a comma and write N/A for no rate.
// A file a person imports may have been edited, so anything off is refused with its line, never guessed.
import { monthNumber } from '../../core/calendar.js';
import { ParseError } from '../../core/errors.js';
import { dayFromParts, dayToIso, isoToDay } from './days.js';
import type { FxRow } from './rate-table.js';

/** A parsed rate with the text it was written as, so a build can prove it kept the ECB's digits. */
export interface EcbCell extends FxRow {
  text: string;
}

const FORMAT = 'ecb-csv';
const CODE = /^[A-Z]{3}$/;
const DECIMAL = /^\d+(?:\.\d+)?$/;
const WRITTEN_DATE = /^(\d{1,2}) ([A-Za-z]{3,9}) (\d{4})$/;
/** The ECB's first reference rates; a date before it cannot be a euro rate. */
const FIRST_DAY = isoToDay('1999-01-04') as number;

function quoted(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

function ecbDay(cell: string): number | null {
  const written = WRITTEN_DATE.exec(cell);
  if (!written) return isoToDay(cell);
  return dayFromParts(Number(written[3]), monthNumber(written[2] ?? ''), Number(written[1]));
}

/** The cells of a line, trimmed, without the empty one after the ECB's trailing comma. */
function cellsOf(line: string): string[] {
  const cells = line.split(',').map((cell) => cell.trim());
  if (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

class Reader {
  constructor(readonly name: string) {}

  fail(line: number | null, reason: string): never {
    throw new ParseError('fx', this.name, FORMAT, line === null ? reason : `line ${line}: ${reason}`);
  }

  header(cells: string[], line: number): string[] {
    if (cells[0]?.toLowerCase() !== 'date') {
      this.fail(line, `expected a header starting with "Date", found ${quoted(cells[0] ?? '')}`);
    }
    const codes = cells.slice(1);
    if (codes.length === 0) this.fail(line, 'the header names no currencies');
    const seen = new Set<string>();
    codes.forEach((code, k) => {
      if (!CODE.test(code)) this.fail(line, `header column ${k + 2} is ${quoted(code)}, not a currency code`);
      if (code === 'EUR') this.fail(line, 'the header lists EUR, which is the base these rates are quoted against');
      if (seen.has(code)) this.fail(line, `the header lists ${code} twice`);
      seen.add(code);
    });
    return codes;
  }

  row(cells: string[], line: number, codes: string[]): { day: number; cells: EcbCell[] } {
    if (cells.length !== codes.length + 1) {
      this.fail(line, `${cells.length - 1} values for the ${codes.length} currencies in the header`);
    }
    const written = cells[0] as string;
    const day = ecbDay(written);
    if (day === null) this.fail(line, `${quoted(written)} is not a date (YYYY-MM-DD or "9 May 2025")`);
    if (day < FIRST_DAY) this.fail(line, `${written} is before the first euro reference rates (1999-01-04)`);
    const date = dayToIso(day);
    const out: EcbCell[] = [];
    codes.forEach((currency, k) => {
      const text = cells[k + 1] as string;
      if (text === 'N/A') return;
      if (text === '') this.fail(line, `no value for ${currency} (the ECB writes N/A for a missing rate)`);
      const rate = DECIMAL.test(text) ? Number(text) : NaN;
      if (!Number.isFinite(rate)) this.fail(line, `${currency} is ${quoted(text)}, not a rate`);
      if (rate <= 0) this.fail(line, `${currency} is ${text}: a rate must be above zero`);
      out.push({ date, currency, rate, text });
    });
    return { day, cells: out };
  }
}

/** Every rate in an ECB CSV file with the text it was written as, in file order. Throws ParseError. */
export function parseEcbCells(text: string, name: string): EcbCell[] {
  const reader: Reader = new Reader(name);
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let codes: string[] | null = null;
  let rows = 0;
  const firstLineOf = new Map<number, number>();
  const out: EcbCell[] = [];
  for (const [k, raw] of lines.entries()) {
    const line = k + 1;
    if (raw.trim() === '') continue;
    const cells = cellsOf(raw);
    if (codes === null) {
      codes = reader.header(cells, line);
      continue;
    }
    const row = reader.row(cells, line, codes);
    const earlier = firstLineOf.get(row.day);
    if (earlier !== undefined) reader.fail(line, `${dayToIso(row.day)} appears again (first on line ${earlier})`);
    firstLineOf.set(row.day, line);
    rows++;
    for (const cell of row.cells) out.push(cell);
  }
  if (codes === null) reader.fail(null, 'the file is empty');
  if (rows === 0) reader.fail(null, 'the file has a header but no rows of rates');
  return out;
}

/**
 * The rates in an ECB reference-rate CSV (eurofxref-hist.csv or the single-day eurofxref.csv), units
 * per 1 EUR, in file order; N/A cells give no row. `name` is the file, for errors. Throws ParseError
 * naming the file, the line and the reason for anything it cannot read exactly.
 */
export function parseEcbCsv(text: string, name: string): FxRow[] {
  return parseEcbCells(text, name).map(({ date, currency, rate }) => ({ date, currency, rate }));
}
