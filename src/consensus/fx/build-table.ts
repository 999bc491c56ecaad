// Turns the source files (the ECB history, FRED's USD series for CNY and INR) into the committed table's
// text. It lives in src rather than in scripts/ so the test that compares the committed table with a
// rebuild runs the very same code as scripts/build-fx-table.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ParseError } from '../../core/errors.js';
import { dayToIso, isoToDay } from './days.js';
import { parseEcbCells } from './parse-ecb-csv.js';
import { decodeTable, encodeTable, type Column, type RateColumns } from './table-format.js';

export interface SourceFile {
  name: string;
  text: string;
}

export interface FxSources {
  /** eurofxref-hist.csv */
  ecb: SourceFile;
  /** FRED series of units per 1 USD, for years before the ECB quoted `currency`. */
  usdFills: { currency: string; file: SourceFile }[];
}

/** The source files in a shared data folder laid out as its data/README.md describes. */
export function readFxSources(shared: string): FxSources {
  const read = (...parts: string[]): SourceFile => {
    const name = path.join(shared, 'data', 'fx', ...parts);
    return { name, text: readFileSync(name, 'utf8') };
  };
  return {
    ecb: read('eurofxref-hist.csv'),
    usdFills: [
      { currency: 'CNY', file: read('fred', 'DEXCHUS.csv') },
      { currency: 'INR', file: read('fred', 'DEXINUS.csv') },
    ],
  };
}

interface Figure {
  rate: number;
  text: string;
}

/** A FRED download (`DATE,SERIES` then `YYYY-MM-DD,value`; '.' or nothing on a holiday) by day. */
export function parseFredCsv(text: string, name: string): Map<number, Figure> {
  const fail = (line: number, reason: string): never => {
    throw new ParseError('fx', name, 'fred-csv', `line ${line}: ${reason}`);
  };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!/^DATE,[A-Z0-9]+$/i.test(lines[0]?.trim() ?? '')) fail(1, 'expected a header DATE,<series id>');
  const out = new Map<number, Figure>();
  for (const [k, raw] of lines.entries()) {
    if (k === 0 || raw.trim() === '') continue;
    const [date = '', value = '', ...rest] = raw.split(',').map((cell) => cell.trim());
    const day = isoToDay(date);
    if (day === null || rest.length > 0) fail(k + 1, 'expected YYYY-MM-DD,value');
    if (value === '.' || value === '') continue;
    const rate = /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : NaN;
    if (!(rate > 0)) fail(k + 1, `${JSON.stringify(value)} is not a rate`);
    out.set(day as number, { rate, text: value });
  }
  return out;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The table holds a figure as the shortest decimal of its double; that must be how the ECB wrote it.
 * (FRED pads to four decimals, 8.2790, so for its figures only the value can be, and is, kept.)
 */
function keepsDigits(figure: Figure, where: string): void {
  if (String(figure.rate) !== figure.text) {
    throw new Error(`${where} is written ${figure.text}, which the table would store as ${String(figure.rate)}`);
  }
}

/** The table's columns: every ECB rate, and each fill series on ECB dates before the ECB quoted it. */
export function buildRateColumns(sources: FxSources): RateColumns {
  const cells = parseEcbCells(sources.ecb.text, sources.ecb.name);
  const days = Int32Array.from(new Set(cells.map((c) => isoToDay(c.date) as number))).sort();
  const index = new Map(Array.from(days, (day, k) => [day, k]));
  const ecb = new Map<string, Float64Array>();
  for (const cell of cells) {
    keepsDigits(cell, `${sources.ecb.name}: ${cell.currency} on ${cell.date}`);
    let values = ecb.get(cell.currency);
    if (!values) ecb.set(cell.currency, (values = new Float64Array(days.length).fill(NaN)));
    values[index.get(isoToDay(cell.date) as number) as number] = cell.rate;
  }
  const usd = ecb.get('USD');
  const currencies = [...ecb.keys()].sort();
  const columns: Column[] = currencies.map((currency) => ({
    kind: 'ecb',
    currency,
    values: ecb.get(currency) as Float64Array,
  }));
  const comments = [
    'Source: European Central Bank, euro foreign exchange reference rates (units per 1 EUR):',
    `  ${path.basename(sources.ecb.name)} sha256 ${sha256(sources.ecb.text)}, ${dayToIso(days[0] ?? 0)} to ${dayToIso(days[days.length - 1] ?? 0)}.`,
  ];
  for (const { currency, file } of sources.usdFills) {
    const fred = parseFredCsv(file.text, file.name);
    const own = ecb.get(currency);
    const firstOwn = own ? own.findIndex((v) => !Number.isNaN(v)) : -1;
    const until = firstOwn < 0 ? days.length : firstOwn;
    const values = new Float64Array(days.length).fill(NaN);
    for (let k = 0; k < until; k++) {
      const figure = fred.get(days[k] as number);
      if (!figure || !usd || Number.isNaN(usd[k])) continue;
      values[k] = figure.rate;
    }
    columns.push({ kind: 'fred-usd', currency, values });
    comments.push(
      `${currency} ${firstOwn < 0 ? '(no ECB rate)' : `before ${dayToIso(days[firstOwn] as number)}`}: ECB USD x ${currency} per USD from`,
      `  Board of Governors of the Federal Reserve System, H.10, via FRED: ${path.basename(file.name)} sha256 ${sha256(file.text)}.`,
    );
  }
  comments.push('Rebuild: node --import tsx scripts/build-fx-table.ts [--shared DIR]. Format: data/fx/README.md.');
  return { comments, days, columns };
}

/** The committed table's text, after checking that it decodes to every source figure exactly. */
export function buildTableText(sources: FxSources): string {
  const built = buildRateColumns(sources);
  const text = encodeTable(built);
  const decoded = decodeTable(text, 'rebuilt table');
  for (const column of built.columns) {
    const back = decoded.columns.find((c) => c.kind === column.kind && c.currency === column.currency);
    const empty = column.values.every((v) => Number.isNaN(v));
    const same = back ? column.values.every((v, i) => Object.is(v, back.values[i])) : empty;
    if (!same) throw new Error(`fx table: ${column.kind} ${column.currency} does not decode to its source figures`);
  }
  return text;
}
