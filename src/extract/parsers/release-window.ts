// Dates and windows: exact days, months, quarters, halves, seasons, early/mid/late, "later this year",
// "next month", "in time for the holidays", events ("at MWC"). Relative ones resolve against
// `published`; without it they are not proposed. Whether a date is an announcement or a release is
// decided later by the date-kind refiner.
import type { DateInterval } from '../../core/types.js';
import type { Component } from '../component.js';
import type { Doc, Span } from '../doc.js';
import { monthNumber } from '../../core/calendar.js';
import { EVENTS } from '../lexicon/events.js';
import { pattern } from '../patterns.js';
import {
  addDays,
  dayWindow,
  endOfMonth,
  halfWindow,
  interval,
  monthWindow,
  nextYearForMonth,
  parseIso,
  quarterWindow,
  seasonWindow,
  yearPartWindow,
  type YMD,
} from '../resolve/date-window.js';

export interface DateValue {
  interval: DateInterval;
  /** Set when the window comes from a named event rather than a date in the text. */
  event?: string;
  /** A month or day printed without a year, placed in the year it next occurs (a verb in the past may move it back). */
  yearless?: boolean;
}

const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const YEAR_REF = '(?:(\\d{4})|(this|next|last|the)\\syear)';

const MONTH_WORD = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

function monthIndex(name: string): number {
  return monthNumber(name.slice(0, 3));
}

/** Resolve a year reference: an explicit year, "this/next/the year", or the next occurrence of `month`. */
function yearOf(
  pub: YMD | null,
  explicit: string | undefined,
  relative: string | undefined,
  month?: number,
): number | null {
  if (explicit) return Number(explicit);
  if (!pub) return null;
  if (relative === 'next') return pub.y + 1;
  if (relative === 'last') return pub.y - 1;
  if (relative === 'this' || relative === 'the') return pub.y;
  return month ? nextYearForMonth(pub, month) : pub.y;
}

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
  last: 4,
};

interface Rule {
  name: string;
  regex: RegExp;
  /** `pub` is the publication date; for rules that name a month it falls back to a year printed in the same sentence. */
  resolve(m: RegExpExecArray, pub: YMD | null): DateInterval | null;
  /** The rule names a calendar month, so a year printed nearby can stand in for a missing publication date. */
  namesMonth?: boolean;
  /** Lower-case words one of which every match contains; without any, the rule is skipped. */
  hints?: readonly string[];
  event?: (m: RegExpExecArray) => string;
}

const RULES: Rule[] = [
  {
    name: 'iso-day',
    regex: pattern('date/iso', '\\b(\\d{4})-(\\d{2})-(\\d{2})\\b', 'g'),
    resolve: (m) => dayWindow(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    name: 'month-day',
    namesMonth: true,
    regex: pattern(
      'date/month-day',
      `\\b${MONTH}\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s?(?:GB|mm|%|-))(?:,?\\s(\\d{4})\\b)?`,
      'g',
    ),
    resolve: (m, pub) => {
      const month = monthIndex(m[1] ?? '');
      const year = yearOf(pub, m[3], undefined, month);
      return year === null ? null : dayWindow(year, month, Number(m[2]));
    },
  },
  {
    name: 'day-month',
    namesMonth: true,
    regex: pattern('date/day-month', `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?${MONTH}(?:,?\\s(\\d{4})\\b)?`, 'g'),
    resolve: (m, pub) => {
      const month = monthIndex(m[2] ?? '');
      const year = yearOf(pub, m[3], undefined, month);
      return year === null ? null : dayWindow(year, month, Number(m[1]));
    },
  },
  {
    name: 'day-range',
    namesMonth: true,
    regex: pattern(
      'date/day-range',
      `\\b${MONTH}\\s(\\d{1,2})(?:st|nd|rd|th)?\\s?(?:-|–|to|through)\\s?(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s(\\d{4})\\b)?`,
      'g',
    ),
    resolve: (m, pub) => {
      const month = monthIndex(m[1] ?? '');
      const year = yearOf(pub, m[4], undefined, month);
      if (year === null) return null;
      const from = dayWindow(year, month, Number(m[2]));
      const to = dayWindow(year, month, Number(m[3]));
      return from && to && from.from <= to.to ? { from: from.from, to: to.to } : null;
    },
  },
  {
    name: 'day-of-this-month',
    hints: ['of this month', 'of next month'],
    regex: pattern('date/day-of-month', '\\b(\\d{1,2})(?:st|nd|rd|th)\\sof\\s(this|next)\\smonth\\b', 'gi'),
    resolve: (m, pub) => {
      if (!pub) return null;
      const next = m[2]?.toLowerCase() === 'next';
      const y = next && pub.m === 12 ? pub.y + 1 : pub.y;
      const mo = next ? (pub.m % 12) + 1 : pub.m;
      return dayWindow(y, mo, Number(m[1]));
    },
  },
  {
    name: 'part-of-month',
    namesMonth: true,
    regex: pattern(
      'date/part-of-month',
      `\\b(early|mid|late|(?:towards\\s)?(?:the\\s)?end\\sof|(?:the\\s)?(?:beginning|start)\\sof|(?:the\\s)?middle\\sof)[\\s-]${MONTH}(?:,?\\s(\\d{4})\\b)?`,
      'gi',
    ),
    resolve: (m, pub) => {
      const month = monthIndex(m[2] ?? '');
      if (!/^[A-Z]/.test(m[2] ?? '')) return null;
      const year = yearOf(pub, m[3], undefined, month);
      if (year === null) return null;
      const w = (m[1] ?? '').toLowerCase();
      const part = /early|beginning|start/.test(w) ? 'early' : /mid|middle/.test(w) ? 'mid' : 'late';
      return monthWindow(year, month, part);
    },
  },
  {
    name: 'week-of-month',
    namesMonth: true,
    regex: pattern(
      'date/week-of-month',
      `\\b(first|second|third|fourth|last)\\sweek\\sof\\s${MONTH}(?:,?\\s(\\d{4})\\b)?`,
      'gi',
    ),
    resolve: (m, pub) => {
      const month = monthIndex(m[2] ?? '');
      const year = yearOf(pub, m[3], undefined, month);
      if (year === null) return null;
      const k = ORDINALS[(m[1] ?? '').toLowerCase()] ?? 1;
      const last = monthWindow(year, month).to;
      if ((m[1] ?? '').toLowerCase() === 'last') {
        const end = parseIso(last)!;
        return interval(addDays(end, -6), end);
      }
      const from = { y: year, m: month, d: (k - 1) * 7 + 1 };
      return interval(from, addDays(from, 6));
    },
  },
  {
    name: 'month',
    hints: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
    regex: pattern(
      'date/month',
      `\\b(?:(in|on|by|for|during|until|from|this|next|last|around|of)\\s)?${MONTH}(?:,?\\s(\\d{4})\\b|\\s(this|next|last)\\syear\\b)?`,
      'g',
    ),
    resolve: (m, pub) => {
      const name = m[2] ?? '';
      // "May" alone is too often the verb; a bare month needs a preposition or a year.
      if (!m[1] && !m[3] && !m[4]) return null;
      if (name === 'May' && !m[3] && !m[4] && !/^(in|by|during|until|from|this|next)$/i.test(m[1] ?? '')) return null;
      if (name.length <= 3 && name !== 'May' && !m[3]) return null;
      const month = monthIndex(name);
      if (m[1]?.toLowerCase() === 'next' && pub) return monthWindow(nextYearForMonth(pub, month), month);
      // "launched last April": the latest one before the publication date.
      if (m[1]?.toLowerCase() === 'last' && pub && !m[3]) return monthWindow(month < pub.m ? pub.y : pub.y - 1, month);
      const year = yearOf(pub, m[3], m[4]?.toLowerCase(), month);
      return year === null ? null : monthWindow(year, month);
    },
  },
  {
    name: 'month-event',
    namesMonth: true,
    regex: pattern(
      'date/month-event',
      `\\b${MONTH}\\s(?:hardware\\s|product\\s|launch\\s|iPhone\\s)?(?:event|keynote|showcase)\\b`,
      'g',
    ),
    resolve: (m, pub) => {
      const month = monthIndex(m[1] ?? '');
      const year = yearOf(pub, undefined, undefined, month);
      return year === null ? null : monthWindow(year, month);
    },
  },
  {
    name: 'quarter',
    hints: ['quarter', 'q1', 'q2', 'q3', 'q4'],
    regex: pattern(
      'date/quarter',
      `\\b(?:Q([1-4])(?:\\s?(\\d{4})|\\s(this|next)\\syear)?|(first|second|third|fourth|1st|2nd|3rd|4th|final|last)\\squarter(?:\\s(?:of\\s)?${YEAR_REF})?)\\b`,
      'gi',
    ),
    resolve: (m, pub) => {
      const q = m[1] ? Number(m[1]) : (ORDINALS[(m[4] ?? '').toLowerCase()] ?? 0);
      const year = yearOf(pub, m[2] ?? m[5], (m[3] ?? m[6])?.toLowerCase());
      return q && year !== null ? quarterWindow(year, q) : null;
    },
  },
  {
    name: 'half',
    hints: ['half', 'h1', 'h2'],
    regex: pattern(
      'date/half',
      `\\b(?:H([12])\\s?(\\d{4})|(first|second|1st|2nd|latter|later|back|front)[\\s-]half(?:\\s(?:of\\s)?${YEAR_REF})?)\\b`,
      'gi',
    ),
    resolve: (m, pub) => {
      const h = m[1] ? Number(m[1]) : /first|1st|front/i.test(m[3] ?? '') ? 1 : 2;
      const year = yearOf(pub, m[2] ?? m[4], m[5]?.toLowerCase());
      return year === null ? null : halfWindow(year, h);
    },
  },
  {
    name: 'season',
    hints: ['spring', 'summer', 'fall', 'autumn', 'winter'],
    regex: pattern(
      'date/season',
      `\\b(?:(this|next|the|in|by)\\s)?(spring|summer|fall|autumn|winter)(?:\\s(?:of\\s)?(\\d{4}))?\\b`,
      'gi',
    ),
    resolve: (m, pub) => {
      const season = (m[2] ?? '').toLowerCase();
      if (season === 'fall' && !m[1] && !m[3]) return null;
      if (!m[1] && !m[3]) return null;
      let year: number | null;
      if (m[3]) year = Number(m[3]);
      else if (!pub) return null;
      else if ((m[1] ?? '').toLowerCase() === 'next') year = pub.y + 1;
      else {
        const w = seasonWindow(pub.y, season);
        year = w && w.to < `${pub.y}-${String(pub.m).padStart(2, '0')}-01` ? pub.y + 1 : pub.y;
      }
      return seasonWindow(year, season);
    },
  },
  {
    name: 'part-of-year',
    hints: ['early', 'mid', 'late', 'end of', 'beginning of', 'start of', "year's end", 'year’s end'],
    regex: pattern(
      'date/part-of-year',
      `\\b(?:(early|mid|late|(?:by\\s|towards\\s)?(?:the\\s)?end\\sof|(?:the\\s)?(?:beginning|start)\\sof)[\\s-]${YEAR_REF}|(?:by\\s|before\\s)?(year)['’]s\\send)\\b`,
      'gi',
    ),
    resolve: (m, pub) => {
      // "by year's end" is the end of the publication year.
      const year = yearOf(pub, m[2], m[4] ? 'this' : m[3]?.toLowerCase());
      if (year === null) return null;
      const w = (m[1] ?? '').toLowerCase();
      return yearPartWindow(year, /early|beginning|start/.test(w) ? 'early' : w === 'mid' ? 'mid' : 'late');
    },
  },
  {
    name: 'relative',
    hints: ['this ', 'next ', 'later '],
    regex: pattern(
      'date/relative',
      '\\b(later\\sthis\\syear|later\\sin\\sthe\\syear|this\\syear|next\\syear|later\\sthis\\smonth|this\\smonth|next\\smonth|next\\sweek|this\\sweek)\\b',
      'gi',
    ),
    resolve: (m, pub) => {
      if (!pub) return null;
      const w = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
      if (w === 'later this year' || w === 'later in the year') return interval(pub, { y: pub.y, m: 12, d: 31 });
      if (w === 'this year') return yearPartWindow(pub.y, 'all');
      if (w === 'next year') return yearPartWindow(pub.y + 1, 'all');
      if (w === 'later this month') return interval(pub, endOfMonth(pub));
      if (w === 'this month') return monthWindow(pub.y, pub.m);
      if (w === 'next month') return monthWindow(pub.m === 12 ? pub.y + 1 : pub.y, (pub.m % 12) + 1);
      const dow = new Date(Date.UTC(pub.y, pub.m - 1, pub.d)).getUTCDay();
      const monday = addDays(pub, -((dow + 6) % 7));
      const start = w === 'next week' ? addDays(monday, 7) : monday;
      return interval(start, addDays(start, 6));
    },
  },
  {
    name: 'year',
    hints: [' 20'],
    regex: pattern(
      'date/year',
      '\\b(?:in|by|during|for)\\s(20[0-4]\\d)\\b(?![\\s-]?(?:model|version|edition|\\)|\\d))',
      'g',
    ),
    resolve: (m) => yearPartWindow(Number(m[1]), 'all'),
  },
  {
    name: 'holidays',
    hints: ['holiday'],
    regex: pattern(
      'date/holidays',
      '\\b(?:in\\stime\\sfor|for|during|before|ahead\\sof|by|around|over)\\sthe\\sholidays?(?:\\s(?:shopping\\s)?season)?(?:\\s(this|next)\\syear)?\\b',
      'gi',
    ),
    resolve: (m, pub) => (pub ? monthsWindow2(m[1]?.toLowerCase() === 'next' ? pub.y + 1 : pub.y, pub) : null),
  },
  {
    name: 'today',
    hints: ['today', 'morning', 'afternoon', 'evening', 'tonight', 'yesterday'],
    regex: pattern(
      'date/today',
      '\\b(today|this\\smorning|this\\safternoon|this\\sevening|tonight|yesterday)\\b',
      'gi',
    ),
    resolve: (m, pub) => {
      if (!pub) return null;
      const day = (m[1] ?? '').toLowerCase() === 'yesterday' ? addDays(pub, -1) : pub;
      return interval(day, day);
    },
  },
  ...EVENTS.map((event, k): Rule => ({
    name: 'event',
    // Every spelling the pattern accepts contains one of these in lower case.
    hints: event.hints,
    regex: pattern(`date/event-${k}`, `(?<![\\w-])(${event.pattern})(?:\\s(\\d{4}))?(?![\\w-])`, 'g'),
    resolve: (m, pub) => {
      let year: number;
      if (m[2]) year = Number(m[2]);
      else if (!pub) return null;
      else {
        const [tm, td] = event.to;
        year = pub.m > tm || (pub.m === tm && pub.d > td) ? pub.y + 1 : pub.y;
      }
      return interval({ y: year, m: event.from[0], d: event.from[1] }, { y: year, m: event.to[0], d: event.to[1] });
    },
    event: (m) => m[1] ?? '',
  })),
];

function monthsWindow2(year: number, pub: YMD): DateInterval {
  // The holidays of the publication year, or of next year once they have passed.
  const y = pub.m === 12 && pub.d > 31 ? year + 1 : year;
  return interval({ y, m: 11, d: 1 }, { y, m: 12, d: 31 });
}

/** Without a publication date, "June 28" in a sentence that prints "MWC 2021" is June 28, 2021. */
function yearInSentence(doc: Doc, at: number): YMD | null {
  const text = doc.text;
  const s = doc.spanAt('sentence', at);
  const years = s ? [...text.slice(s.start, s.end).matchAll(/\b(20[0-4]\d)\b/g)].map((y) => Number(y[1])) : [];
  const unique = [...new Set(years)];
  return unique.length === 1 ? { y: unique[0]!, m: 1, d: 1 } : null;
}

export const releaseWindows: Component = {
  name: 'release-window',
  kind: 'parser',
  requires: ['sentence'],
  assigns: ['date'],
  run(doc) {
    const pub = doc.published ? parseIso(doc.published) : null;
    const lower = doc.lower();
    // Most articles name no month or event at all: one cheap look decides for the month rules.
    const hasMonth = MONTH_WORD.test(doc.text);
    for (const rule of RULES) {
      if (rule.namesMonth && !hasMonth) continue;
      if (rule.hints && !rule.hints.some((h) => lower.includes(h))) continue;
      const re = rule.regex;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(doc.text)) !== null) {
        const reference = pub ?? (rule.namesMonth ? yearInSentence(doc, m.index) : null);
        const resolved = rule.resolve(m, reference);
        if (!resolved || resolved.from > resolved.to) continue;
        // Leading prepositions belong to the phrase, not to the date's quote.
        const lead = /^(?:in|on|by|for|during|until|from|around|since|of)\s/i.exec(m[0]);
        const startShift = rule.name === 'month' && lead ? lead[0].length : 0;
        const span: Span<DateValue> = {
          start: m.index + startShift,
          end: m.index + m[0].length,
          label: 'date',
          value: {
            interval: resolved,
            ...(rule.event ? { event: rule.event(m) } : {}),
            ...((rule.namesMonth || rule.name === 'month') &&
            !/\b(?:19|20)\d\d\b|\b(?:this|next|last)\syear\b/i.test(m[0])
              ? { yearless: true }
              : {}),
          },
          by: [`parsers/release-window`],
        };
        doc.add('date', span);
      }
    }
  },
};
