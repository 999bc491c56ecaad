// Rates are looked up thousands of times per consensus run, so dates become whole day numbers once
// and every comparison after that is an integer one.
import { InputError } from '../../core/errors.js';
import type { IsoDate } from '../../core/types.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a real calendar date, or null (2013-02-30, 2013-13-01 are not dates). */
export function dayFromParts(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return ms / MS_PER_DAY;
}

/** The day number of a YYYY-MM-DD date, or null when it is not one. */
export function isoToDay(date: string): number | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  return dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function dayToIso(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Like isoToDay, for dates callers pass in: a malformed one is their mistake, not a missing rate. */
export function requireDay(date: string): number {
  const day = typeof date === 'string' ? isoToDay(date) : null;
  if (day === null) throw new InputError('fx', String(date), 'expected a calendar date written YYYY-MM-DD');
  return day;
}
