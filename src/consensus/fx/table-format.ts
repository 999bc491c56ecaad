// The committed rate table (data/fx/reference-rates.txt.gz) in a text format that gzips small: one
// shared list of ECB publication dates, then one line per currency holding its rates as whole numbers
// of its smallest published digit, each written as the change from the rate before. A rate decodes as
// integer / 10^decimals, which rounds to the same double as parsing the ECB's own text, so the figures
// come back exactly as published. data/fx/README.md describes the format for people.
import { ParseError } from '../../core/errors.js';
import { dayToIso, isoToDay } from './days.js';
import type { Series } from './rate-table.js';

export const TABLE_MAGIC = 'hearsay-fx-rates 1';
const FORMAT = 'hearsay-fx-table';

/**
 * `ecb`: units per 1 EUR as the ECB published them. `fred-usd`: units per 1 USD (Federal Reserve H.10),
 * kept only for dates before the ECB quoted that currency, to cross with the ECB's USD rate.
 */
export type ColumnKind = 'ecb' | 'fred-usd';
const KINDS: readonly ColumnKind[] = ['ecb', 'fred-usd'];

export interface Column {
  kind: ColumnKind;
  currency: string;
  /** One entry per publication day of the table; NaN where there is no rate. */
  values: Float64Array;
}

export interface RateColumns {
  /** Comment lines (without '#'): where the figures come from. */
  comments: string[];
  /** Publication days (days since 1970-01-01), ascending. */
  days: Int32Array;
  columns: Column[];
}

/** Most decimals a rate may have: 10^15 and the whole numbers the table writes stay exact in a double. */
const MAX_DECIMALS = 15;

/** `value` as the shortest decimal that reads back as it, without an exponent (1e-7 is 0.0000001). */
function plainDecimal(value: number): string {
  const text = String(value);
  const small = /^(\d)(?:\.(\d+))?e-(\d+)$/.exec(text);
  return small ? `0.${'0'.repeat(Number(small[3]) - 1)}${small[1]}${small[2] ?? ''}` : text;
}

function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** `value` as a whole number of 10^-decimals, from its shortest decimal, or an Error if that is not exact. */
function scaled(value: number, decimals: number): number {
  const text = plainDecimal(value);
  const [whole = '', fraction = ''] = text.split('.');
  const n = Number(whole + fraction.padEnd(decimals, '0'));
  if (!/^\d+(\.\d+)?$/.test(text) || decimals > MAX_DECIMALS || !Number.isSafeInteger(n)) {
    throw new Error(`fx table: cannot store ${text} exactly`);
  }
  return n;
}

function encodeColumn(column: Column): string | null {
  const present = [...column.values].filter((v) => !Number.isNaN(v));
  if (present.length === 0) return null;
  const decimals = Math.max(...present.map((v) => decimalsOf(plainDecimal(v))));
  const start = column.values.findIndex((v) => !Number.isNaN(v));
  let end = column.values.length;
  while (Number.isNaN(column.values[end - 1])) end--;
  const tokens: string[] = [];
  let previous: number | null = null;
  for (const value of column.values.subarray(start, end)) {
    if (Number.isNaN(value)) {
      tokens.push('');
      continue;
    }
    const n = scaled(value, decimals);
    tokens.push(String(previous === null ? n : n - previous));
    previous = n;
  }
  return `${column.kind} ${column.currency} ${decimals} ${start} ${tokens.join(',')}`;
}

export function encodeTable(table: RateColumns): string {
  const { days } = table;
  const first = days[0];
  if (first === undefined) throw new Error('fx table: no dates to write');
  const gaps = Array.from(days.subarray(1), (day, k) => day - (days[k] as number));
  const lines = [
    TABLE_MAGIC,
    ...table.comments.map((c) => `# ${c}`),
    `dates ${dayToIso(first)} ${gaps.join(',')}`,
    ...table.columns.map(encodeColumn).filter((line): line is string => line !== null),
  ];
  return lines.join('\n') + '\n';
}

class Decoder {
  constructor(readonly name: string) {}

  fail(line: number, reason: string): never {
    throw new ParseError('fx', this.name, FORMAT, `line ${line}: ${reason}`);
  }

  int(text: string, line: number): number {
    const n = /^-?\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(n)) this.fail(line, `${JSON.stringify(text.slice(0, 20))} is not a whole number`);
    return n;
  }

  days(fields: string[], line: number): Int32Array {
    const first = isoToDay(fields[1] ?? '');
    if (first === null) this.fail(line, 'the dates line must start with a YYYY-MM-DD date');
    const gaps = fields[2] ? fields[2].split(',') : [];
    const days = new Int32Array(gaps.length + 1);
    days[0] = first;
    gaps.forEach((gap, k) => {
      const step = this.int(gap, line);
      if (step <= 0) this.fail(line, 'dates must rise');
      days[k + 1] = (days[k] as number) + step;
    });
    return days;
  }

  column(fields: string[], line: number, size: number): Column {
    const [kind, currency = '', decimalsText = '', startText = '', data = ''] = fields;
    if (!KINDS.includes(kind as ColumnKind)) this.fail(line, `unknown line kind ${JSON.stringify(kind)}`);
    if (!/^[A-Z]{3}$/.test(currency)) this.fail(line, `${JSON.stringify(currency)} is not a currency code`);
    const decimals = this.int(decimalsText, line);
    const start = this.int(startText, line);
    if (decimals < 0 || decimals > MAX_DECIMALS) this.fail(line, `cannot hold ${decimals} decimals`);
    const tokens = data.split(',');
    if (start < 0 || start + tokens.length > size) this.fail(line, 'more values than dates');
    const scale = 10 ** decimals;
    const values = new Float64Array(size).fill(NaN);
    let n = 0;
    let seen = false;
    tokens.forEach((token, k) => {
      if (token === '') return;
      n = seen ? n + this.int(token, line) : this.int(token, line);
      seen = true;
      if (n <= 0) this.fail(line, 'rates must be above zero');
      values[start + k] = n / scale;
    });
    return { kind: kind as ColumnKind, currency, values };
  }
}

/** Reads what encodeTable wrote. `name` is the file, for errors. Throws ParseError. */
export function decodeTable(text: string, name: string): RateColumns {
  const decoder: Decoder = new Decoder(name);
  const lines = text.split('\n');
  if (lines[0] !== TABLE_MAGIC) decoder.fail(1, `expected ${JSON.stringify(TABLE_MAGIC)}: not a hearsay rate table`);
  const comments: string[] = [];
  let days: Int32Array | null = null;
  const columns: Column[] = [];
  for (const [k, line] of lines.entries()) {
    if (k === 0 || line === '') continue;
    if (line.startsWith('#')) {
      comments.push(line.replace(/^# ?/, ''));
      continue;
    }
    const fields = line.split(' ');
    if (fields[0] === 'dates') {
      if (days) decoder.fail(k + 1, 'a second dates line');
      days = decoder.days(fields, k + 1);
      continue;
    }
    if (!days) decoder.fail(k + 1, 'rates before the dates line');
    columns.push(decoder.column(fields, k + 1, days.length));
  }
  if (!days) decoder.fail(lines.length, 'no dates line');
  return { comments, days, columns };
}

/**
 * One series per currency: the ECB's rates, preceded, for a currency with a `fred-usd` column, by
 * ECB USD × that column on each date before the ECB's first rate for it where both exist.
 */
export function seriesFromColumns(table: RateColumns, name: string): Map<string, Series> {
  const none = new Float64Array(table.days.length).fill(NaN);
  const ecb = new Map(table.columns.filter((c) => c.kind === 'ecb').map((c) => [c.currency, c.values]));
  const fills = new Map(table.columns.filter((c) => c.kind === 'fred-usd').map((c) => [c.currency, c.values]));
  const usd = ecb.get('USD');
  if (fills.size > 0 && !usd) throw new ParseError('fx', name, FORMAT, 'there are USD fills but no USD rates');
  const series = new Map<string, Series>();
  for (const currency of new Set([...ecb.keys(), ...fills.keys()])) {
    const values = ecb.get(currency) ?? none;
    const fill = fills.get(currency);
    const firstEcb = values.findIndex((v) => !Number.isNaN(v));
    const fillUntil = firstEcb < 0 ? values.length : firstEcb;
    const days: number[] = [];
    const rates: number[] = [];
    values.forEach((value, k) => {
      let rate = value;
      // The product of two short decimals, to its exact digits (9.30263269, not 9.302632690000001).
      if (fill && usd && k < fillUntil) rate = Number(((usd[k] as number) * (fill[k] as number)).toPrecision(12));
      if (Number.isNaN(rate)) return;
      days.push(table.days[k] as number);
      rates.push(rate);
    });
    if (days.length > 0) series.set(currency, { days: Int32Array.from(days), rates: Float64Array.from(rates) });
  }
  return series;
}
