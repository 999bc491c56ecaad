// Calendar windows as intervals, resolved against the article's publication date (never the clock).
import type { DateInterval, IsoDate } from '../../core/types.js';

export interface YMD {
  y: number;
  m: number;
  d: number;
}

export function parseIso(date: IsoDate): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (ymd.m < 1 || ymd.m > 12 || ymd.d < 1 || ymd.d > daysInMonth(ymd.y, ymd.m)) return null;
  return ymd;
}

export function daysInMonth(y: number, m: number): number {
  return (
    [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 30
  );
}

export function iso(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function interval(from: YMD, to: YMD): DateInterval {
  return { from: iso(from.y, from.m, from.d), to: iso(to.y, to.m, to.d) };
}

export function dayWindow(y: number, m: number, d: number): DateInterval | null {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return interval({ y, m, d }, { y, m, d });
}

export function monthWindow(y: number, m: number, part: 'all' | 'early' | 'mid' | 'late' = 'all'): DateInterval {
  const last = daysInMonth(y, m);
  const [a, b] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : part === 'late' ? [21, last] : [1, last];
  return interval({ y, m, d: a }, { y, m, d: b });
}

export function monthsWindow(y: number, fromMonth: number, toMonth: number): DateInterval {
  const endY = toMonth > 12 ? y + 1 : y;
  const endM = toMonth > 12 ? toMonth - 12 : toMonth;
  return interval({ y, m: fromMonth, d: 1 }, { y: endY, m: endM, d: daysInMonth(endY, endM) });
}

export function quarterWindow(y: number, q: number): DateInterval {
  return monthsWindow(y, (q - 1) * 3 + 1, q * 3);
}

export function halfWindow(y: number, h: number): DateInterval {
  return h === 1 ? monthsWindow(y, 1, 6) : monthsWindow(y, 7, 12);
}

/** early = Jan–Apr, mid = May–Aug, late/end = Sep–Dec (the contract's conventions). */
export function yearPartWindow(y: number, part: 'early' | 'mid' | 'late' | 'all'): DateInterval {
  if (part === 'early') return monthsWindow(y, 1, 4);
  if (part === 'mid') return monthsWindow(y, 5, 8);
  if (part === 'late') return monthsWindow(y, 9, 12);
  return monthsWindow(y, 1, 12);
}

export const SEASON_MONTHS: Readonly<Record<string, [number, number]>> = {
  spring: [3, 5],
  summer: [6, 8],
  fall: [9, 11],
  autumn: [9, 11],
  winter: [12, 14],
};

export function seasonWindow(y: number, season: string): DateInterval | null {
  const months = SEASON_MONTHS[season];
  return months ? monthsWindow(y, months[0], months[1]) : null;
}

/** The year in which a month next occurs on or after the publication date. */
export function nextYearForMonth(published: YMD, month: number): number {
  return month >= published.m ? published.y : published.y + 1;
}

export function addDays(date: YMD, days: number): YMD {
  const t = Date.UTC(date.y, date.m - 1, date.d) + days * 86_400_000;
  const d = new Date(t);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

export function endOfMonth(date: YMD): YMD {
  return { y: date.y, m: date.m, d: daysInMonth(date.y, date.m) };
}
