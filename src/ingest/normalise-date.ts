// Page metadata writes dates many ways; Article wants YYYY-MM-DD or null, never a guess.
import { monthNumber } from '../core/calendar.js';

const ISO_PREFIX = /^(\d{4})-(\d{1,2})-(\d{1,2})/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})/;
// "28 Nov 2013", "Thu, 28 November 2013 10:00 GMT"
const DAY_MONTH_YEAR = /(?:^|[^\d])(\d{1,2})\s{1,3}([a-z]{3,9})\.?,?\s{1,3}(\d{4})/i;
// "November 28, 2013", "Nov. 28 2013"
const MONTH_DAY_YEAR = /([a-z]{3,9})\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function fromParts(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The calendar date the writer gave (an ISO timestamp keeps its own local date, not UTC's). */
export function normaliseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const value = raw.trim().slice(0, 100);
  const numeric = ISO_PREFIX.exec(value) ?? COMPACT.exec(value) ?? SLASHED.exec(value);
  if (numeric) return fromParts(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const dmy = DAY_MONTH_YEAR.exec(value);
  if (dmy) return fromParts(Number(dmy[3]), monthNumber(dmy[2] ?? ''), Number(dmy[1]));
  const mdy = MONTH_DAY_YEAR.exec(value);
  if (mdy) return fromParts(Number(mdy[3]), monthNumber(mdy[1] ?? ''), Number(mdy[2]));
  return null;
}
