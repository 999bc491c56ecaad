// Feed dates → YYYY-MM-DD in the writer's own time zone. normaliseDate reads ISO/W3C and most RFC 822 dates;
// feeds add a few shapes pages rarely use: two-digit RFC 822 years and C's asctime().
import { monthNumber } from '../../core/calendar.js';
import { normaliseDate } from '../normalise-date.js';
import type { XmlElement } from './xml-tree.js';
import { childrenNamed, plainText } from './xml-query.js';

// "Thu, 01 Jan 04 19:48:21 GMT" (RFC 822 allows two-digit years).
const TWO_DIGIT_YEAR = /(?<!\d)(\d{1,2}) ([a-z]{3,9})\.? (\d{2})(?!\d)/i;
// "Thu Jan  1 19:48:21 2004"
const ASCTIME = /^[a-z]{3} ([a-z]{3}) {1,2}(\d{1,2}) \d{1,2}:\d{2}(?::\d{2})? (\d{4})/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function fromParts(year: number, month: number, day: number): string | null {
  // normaliseDate validates the calendar (no 31 February) and the plausible year range.
  return month === 0 ? null : normaliseDate(`${year}-${pad(month)}-${pad(day)}`);
}

export function feedDate(raw: string | null): string | null {
  if (raw === null) return null;
  const value = raw.replace(/\s+/g, ' ').trim().slice(0, 100);
  const direct = normaliseDate(value);
  if (direct) return direct;
  const short = TWO_DIGIT_YEAR.exec(value);
  if (short) {
    const year = Number(short[3]);
    // RFC 2822 §4.3: two-digit years below 50 are 20xx, the rest 19xx.
    return fromParts(year < 50 ? 2000 + year : 1900 + year, monthNumber(short[2] ?? ''), Number(short[1]));
  }
  const asctime = ASCTIME.exec(value);
  if (asctime) return fromParts(Number(asctime[3]), monthNumber(asctime[1] ?? ''), Number(asctime[2]));
  return null;
}

/** The first readable date among `element`'s children named `names`, in that order of preference. */
export function firstDate(element: XmlElement, names: string[]): string | null {
  for (const name of names) {
    for (const child of childrenNamed(element, name)) {
      const date = feedDate(plainText(child));
      if (date) return date;
    }
  }
  return null;
}
