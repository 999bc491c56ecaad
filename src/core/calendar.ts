// Calendar names every stage reads dates with.

/** Month names, lower case, January first. */
export const MONTH_NAMES: readonly string[] = Object.freeze([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/** Day names, lower case, Monday first. */
export const WEEKDAY_NAMES: readonly string[] = Object.freeze([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** 1–12 for a month name or its prefix of three or more letters ("Sept", "nov"); 0 when none matches. */
export function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  if (lower.length < 3) return 0;
  return MONTH_NAMES.findIndex((month) => month.startsWith(lower)) + 1;
}

/** Days in a month (1–12) of a Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2024-03" style two-digit month or day. */
export function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}
