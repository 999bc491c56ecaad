// Euro reference rates by currency and date, immutable so one table can be shared by every reader.
// Each currency keeps its own sorted arrays: a lookup is a binary search, not a scan, because
// consensus converts thousands of prices per run.
import { InputError } from '../../core/errors.js';
import type { IsoDate, Money } from '../../core/types.js';
import { canonicalCurrency } from './currency.js';
import { dayToIso, isoToDay, requireDay } from './days.js';

/** One published rate: `rate` units of `currency` per 1 EUR on `date`. */
export interface FxRow {
  date: IsoDate;
  currency: string;
  rate: number;
}

export interface RateOn {
  /** Units of the currency per 1 EUR. */
  rate: number;
  /** The date the rate was published for (on or before the date asked about). */
  date: IsoDate;
}

export interface Converted {
  amount: number;
  currency: string;
  /** The older of the two rates' dates: how stale the conversion may be. */
  rateDate: IsoDate;
}

/** One currency's rates, oldest first; the arrays are never written after construction. */
export interface Series {
  readonly days: Int32Array;
  readonly rates: Float64Array;
}

/**
 * A currency the ECB skipped on more publication days than this, after its last rate, is treated as
 * unquoted rather than stale: RUB after 2022-03-01, ISK from 2008-12-10 to 2018-01-31, the legacy
 * currencies after their country joined the euro. A public holiday on one side, or a missing FRED
 * day in the CNY and INR fills, is one or two days, so a week leaves room without hiding a suspension.
 */
export const MAX_SKIPPED_PUBLICATIONS = 5;

const CODE = /^[A-Z]{3}$/;

/** The index of the last entry of sorted `days` that is <= day, or -1. */
function lastAtOrBefore(days: Int32Array, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Every date some currency has a rate on: what "the ECB published that day" means to the table. */
function publicationDays(series: ReadonlyMap<string, Series>): Int32Array {
  const seen = new Set<number>();
  for (const s of series.values()) for (const day of s.days) seen.add(day);
  return Int32Array.from(seen).sort();
}

function checkedRow(row: FxRow): { currency: string; day: number; rate: number } {
  const currency = typeof row.currency === 'string' ? canonicalCurrency(row.currency) : '';
  const item = `${String(row.currency)} ${String(row.date)}`;
  if (!CODE.test(currency)) throw new InputError('fx', item, 'a currency is a three-letter ISO 4217 code');
  if (currency === 'EUR') throw new InputError('fx', item, 'EUR is the base of the table: its rate is always 1');
  const day = typeof row.date === 'string' ? isoToDay(row.date) : null;
  if (day === null) throw new InputError('fx', item, 'expected a calendar date written YYYY-MM-DD');
  if (typeof row.rate !== 'number' || !Number.isFinite(row.rate) || row.rate <= 0) {
    throw new InputError('fx', item, `a rate must be a positive number, not ${String(row.rate)}`);
  }
  return { currency, day, rate: row.rate };
}

/** `base` with `extra` laid over it; on the same day `extra` wins. */
function mergeSeries(base: Series | undefined, extra: Map<number, number>): Series {
  const merged = new Map<number, number>();
  if (base) base.days.forEach((day, k) => merged.set(day, base.rates[k] as number));
  for (const [day, rate] of extra) merged.set(day, rate);
  const days = Int32Array.from(merged.keys()).sort();
  const rates = Float64Array.from(days, (day) => merged.get(day) as number);
  return { days, rates };
}

export class RateTable {
  readonly #series: ReadonlyMap<string, Series>;
  readonly #published: Int32Array;

  /** Takes ownership of `series`: each must be sorted by day with no repeats, and is not copied. */
  constructor(series: ReadonlyMap<string, Series>) {
    this.#series = series;
    this.#published = publicationDays(series);
  }

  static empty(): RateTable {
    return new RateTable(new Map());
  }

  /** A table of `rows`; a later row for the same currency and date wins. Bad rows throw InputError. */
  static fromRows(rows: Iterable<FxRow>): RateTable {
    return RateTable.empty().withRows(rows);
  }

  /**
   * A new table with `rows` added, each replacing any rate for the same currency and date (an imported
   * newer ECB file wins for what it covers). Rates it does not mention are kept, so importing an ECB
   * file leaves the CNY and INR fills for years the ECB has no rate in place.
   */
  withRows(rows: Iterable<FxRow>): RateTable {
    const added = new Map<string, Map<number, number>>();
    for (const row of rows) {
      const { currency, day, rate } = checkedRow(row);
      let days = added.get(currency);
      if (!days) added.set(currency, (days = new Map()));
      days.set(day, rate);
    }
    if (added.size === 0) return this;
    const series = new Map(this.#series);
    for (const [currency, extra] of added) series.set(currency, mergeSeries(this.#series.get(currency), extra));
    return new RateTable(series);
  }

  /**
   * Units of `currency` per 1 EUR: the last rate published on or before `date` (a Saturday gets Friday's).
   * Null before the currency's first rate, for a currency the ECB never quoted, and while it was not
   * quoted (see MAX_SKIPPED_PUBLICATIONS). EUR is 1 on any date. Throws InputError for a malformed date.
   */
  rateOn(currency: string, date: IsoDate): RateOn | null {
    const day = requireDay(date);
    const code = canonicalCurrency(currency);
    if (code === 'EUR') return { rate: 1, date };
    const k = this.#indexOn(code, day);
    if (k < 0) return null;
    const series = this.#series.get(code) as Series;
    return { rate: series.rates[k] as number, date: dayToIso(series.days[k] as number) };
  }

  /** The index of `code`'s rate on `day` in its series (see rateOn), or -1. */
  #indexOn(code: string, day: number): number {
    const series = this.#series.get(code);
    if (!series) return -1;
    const k = lastAtOrBefore(series.days, day);
    if (k < 0) return -1;
    const rateDay = series.days[k] as number;
    if (rateDay < day) {
      // Days the table has rates for, after this currency's rate, up to the day asked about.
      const skipped = lastAtOrBefore(this.#published, day) - lastAtOrBefore(this.#published, rateDay);
      if (skipped > MAX_SKIPPED_PUBLICATIONS) return -1;
    }
    return k;
  }

  /** Units of `code` per EUR on `day` and the day it was published for; EUR is 1 on `day`. */
  #rate(code: string, day: number): { rate: number; day: number } | null {
    if (code === 'EUR') return { rate: 1, day };
    const k = this.#indexOn(code, day);
    if (k < 0) return null;
    const series = this.#series.get(code) as Series;
    return { rate: series.rates[k] as number, day: series.days[k] as number };
  }

  /**
   * `money` in currency `to`, crossed through EUR with each currency's rate on `date` (see rateOn).
   * Null when either currency has no rate then: the caller shows the price as claimed.
   */
  convert(money: Money, to: string, date: IsoDate): Converted | null {
    const day = requireDay(date);
    if (typeof money.amount !== 'number' || !Number.isFinite(money.amount)) {
      throw new InputError('fx', String(money.amount), 'an amount to convert must be a finite number');
    }
    const from = canonicalCurrency(money.currency);
    const target = canonicalCurrency(to);
    if (from === target) return { amount: money.amount, currency: target, rateDate: date };
    const fromRate = this.#rate(from, day);
    const toRate = this.#rate(target, day);
    if (!fromRate || !toRate) return null;
    return {
      amount: (money.amount / fromRate.rate) * toRate.rate,
      currency: target,
      rateDate: dayToIso(Math.min(fromRate.day, toRate.day)),
    };
  }

  /** Every currency the table has ever had a rate for, EUR included, sorted. */
  currencies(): string[] {
    return ['EUR', ...this.#series.keys()].sort();
  }

  /** The newest date any currency has a rate for, or null for an empty table. */
  lastDate(): IsoDate | null {
    const last = this.#published[this.#published.length - 1];
    return last === undefined ? null : dayToIso(last);
  }

  /** The oldest date any currency has a rate for, or null for an empty table. */
  firstDate(): IsoDate | null {
    const first = this.#published[0];
    return first === undefined ? null : dayToIso(first);
  }
}
