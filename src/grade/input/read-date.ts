// Dates as spec sheets write them, into a window: "2023-10-12", "2023-10", "2023", and GSMArena's
// "2013, September", "2021, January 14", "Released 2016, October". Read word by word, no regex search.
import type { DateInterval } from '../../core/types.js';
import { daysInMonth, MONTH_NAMES, twoDigits as pad } from '../../core/calendar.js';
import { isIsoDate } from '../rules/dates.js';

function monthWindow(year: number, month: number): DateInterval {
  return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(daysInMonth(year, month))}` };
}

function plausibleYear(y: number): boolean {
  return Number.isInteger(y) && y >= 1970 && y <= 2100;
}

/** A window from the first date the text gives, or null. */
export function readDateWindow(text: string): DateInterval | null {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) return { from: trimmed, to: trimmed };
  const iso = trimmed.split('-').map(Number);
  if (/^\d{4}-\d{2}$/.test(trimmed) && plausibleYear(iso[0] ?? 0) && (iso[1] ?? 0) >= 1 && (iso[1] ?? 0) <= 12) {
    return monthWindow(iso[0] as number, iso[1] as number);
  }
  const words = trimmed
    .toLowerCase()
    .split(/[\s,.]+/)
    .filter((w) => w !== '');
  for (let i = 0; i < words.length; i++) {
    const year = Number(words[i]);
    if (!/^\d{4}$/.test(words[i] ?? '') || !plausibleYear(year)) continue;
    const monthIndex = MONTH_NAMES.indexOf(words[i + 1] ?? '');
    if (monthIndex < 0) return { from: `${year}-01-01`, to: `${year}-12-31` };
    const month = monthIndex + 1;
    const day = Number(words[i + 2]);
    if (/^\d{1,2}$/.test(words[i + 2] ?? '') && day >= 1 && day <= daysInMonth(year, month)) {
      const date = `${year}-${pad(month)}-${pad(day)}`;
      return { from: date, to: date };
    }
    return monthWindow(year, month);
  }
  return null;
}
