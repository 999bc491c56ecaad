// Compares the claims a page expects with the claims hearsay extracted, with the tolerances of
// the measuring scorer (CLAIMS.md value forms): device names folded, numbers within 1%, prices
// within 0.5% in the same currency, dates within a day, lists as sets.
import type { Attribute, Certainty, ClaimValue } from '../../src/core/types.js';

/** One claim as a page's expected.json states it. */
export interface ExpectedClaim {
  device: string;
  attribute: Attribute;
  value: ClaimValue;
  certainty: Certainty;
  source: string | null;
  qualifier?: string | null;
  quote?: string;
  /** A debatable claim: neither missing when absent nor extra when present. */
  optional?: boolean;
}

/** A device an expected.json lists: its aliases name the same device. */
export interface ExpectedDevice {
  name: string;
  aliases?: string[];
}

/** The fields of an extracted claim that comparison reads (a full CLAIMS.md claim fits). */
export interface ActualClaim {
  device: string;
  attribute: string;
  value: ClaimValue;
  certainty: string;
  source: string | null;
  qualifier?: string | null;
  quote?: string;
}

export interface ClaimMismatch {
  expected: ExpectedClaim;
  actual: ActualClaim;
}

export interface ClaimComparison {
  /** Expected (non-optional) claims with no extracted counterpart. */
  missing: ExpectedClaim[];
  /** Extracted claims that match no expected claim, optional ones included. */
  extra: ActualClaim[];
  /** Same device, attribute and value, but a different certainty. */
  wrongCertainty: ClaimMismatch[];
  /** Same device, attribute and value, but a different source. */
  wrongSource: ClaimMismatch[];
  /** Every matched pair, for reports. */
  matched: ClaimMismatch[];
  /**
   * Extracted claims that repeat an already matched claim (same device, attribute and value, e.g.
   * once from the headline and once from the body). Reported, but not counted as extra.
   */
  duplicates: ActualClaim[];
}

/** Brands that may be left off a device name ("Xperia Z2" = "Sony Xperia Z2"). Data only. */
const BRANDS: readonly string[] = Object.freeze([
  'acer',
  'amazon',
  'apple',
  'asus',
  'blackberry',
  'dell',
  'fairphone',
  'google',
  'hp',
  'htc',
  'huawei',
  'honor',
  'infinix',
  'lenovo',
  'lg',
  'meizu',
  'meta',
  'microsoft',
  'motorola',
  'nintendo',
  'nokia',
  'nothing',
  'nubia',
  'oneplus',
  'oppo',
  'poco',
  'realme',
  'samsung',
  'sharp',
  'sony',
  'tecno',
  'valve',
  'vivo',
  'xiaomi',
  'zte',
]);

/** Lower-case, punctuation folded to single spaces: "Phone (2a)" → "phone 2a". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\+/g, ' plus ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A device name folded, with a leading brand dropped ("Galaxy Z Flip6" = "Galaxy Z Flip 6"). */
export function deviceKey(name: string): string {
  const folded = foldText(name)
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .replace(/(\p{N})(\p{L})/gu, '$1 $2');
  const space = folded.indexOf(' ');
  if (space > 0 && BRANDS.includes(folded.slice(0, space))) return folded.slice(space + 1);
  return folded;
}

/** Maps every alias of an expected device to one key, so aliases compare equal. */
function aliasTable(devices: readonly ExpectedDevice[]): Map<string, string> {
  const table = new Map<string, string>();
  for (const device of devices) {
    const key = deviceKey(device.name);
    for (const alias of [device.name, ...(device.aliases ?? [])]) {
      const aliasKey = deviceKey(alias);
      if (!table.has(aliasKey)) table.set(aliasKey, key);
    }
  }
  return table;
}

function isMoney(value: unknown): value is { amount: number; currency: string } {
  return typeof value === 'object' && value !== null && 'amount' in value && 'currency' in value;
}

function isInterval(value: unknown): value is { from: string; to: string } {
  return typeof value === 'object' && value !== null && 'from' in value && 'to' in value;
}

function withinRatio(a: number, b: number, ratio: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= ratio * Math.max(Math.abs(a), Math.abs(b));
}

const DAY_MS = 86_400_000;
function daysApart(a: string, b: string): number {
  const ta = Date.parse(`${a}T00:00:00Z`);
  const tb = Date.parse(`${b}T00:00:00Z`);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return Number.POSITIVE_INFINITY;
  return Math.abs(ta - tb) / DAY_MS;
}

/** "2560 x 1440", "1440x2560" → [2560, 1440]; null when the string is not a resolution. */
function parseResolution(value: string): [number, number] | null {
  const match = /^\s*(\d[\d,]*)\s*[x×*]\s*(\d[\d,]*)\s*$/i.exec(value);
  if (!match?.[1] || !match[2]) return null;
  const a = Number(match[1].replace(/,/g, ''));
  const b = Number(match[2].replace(/,/g, ''));
  return a >= b ? [a, b] : [b, a];
}

function scalarEqual(attribute: string, a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return withinRatio(a, b, 0.01);
  if (typeof a === 'string' && typeof b === 'string') {
    if (attribute === 'display_resolution') {
      const ra = parseResolution(a);
      const rb = parseResolution(b);
      if (ra && rb) return ra[0] === rb[0] && ra[1] === rb[1];
    }
    return foldText(a) === foldText(b);
  }
  return false;
}

/** Lists compare as sets: each element of one has an equal element in the other. */
function setEqual(attribute: string, a: readonly unknown[], b: readonly unknown[]): boolean {
  const covers = (xs: readonly unknown[], ys: readonly unknown[]) =>
    xs.every((x) => ys.some((y) => scalarEqual(attribute, x, y)));
  return covers(a, b) && covers(b, a);
}

/** Whether two claim values are the same under the scorer's tolerances. */
export function valuesMatch(attribute: string, expected: ClaimValue, actual: ClaimValue): boolean {
  if (isMoney(expected) || isMoney(actual)) {
    if (!isMoney(expected) || !isMoney(actual)) return false;
    return (
      expected.currency.toUpperCase() === actual.currency.toUpperCase() &&
      withinRatio(expected.amount, actual.amount, 0.005)
    );
  }
  if (isInterval(expected) || isInterval(actual)) {
    if (!isInterval(expected) || !isInterval(actual)) return false;
    return daysApart(expected.from, actual.from) <= 1 && daysApart(expected.to, actual.to) <= 1;
  }
  if (Array.isArray(expected) || Array.isArray(actual)) {
    const a: readonly unknown[] = Array.isArray(expected) ? expected : [expected];
    const b: readonly unknown[] = Array.isArray(actual) ? actual : [actual];
    return setEqual(attribute, a, b);
  }
  return scalarEqual(attribute, expected, actual);
}

function sourcesMatch(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return foldText(a) === foldText(b);
}

function qualifiersMatch(a: string | null | undefined, b: string | null | undefined): boolean {
  return foldText(a ?? '') === foldText(b ?? '');
}

/**
 * Matches expected claims to extracted ones by device, attribute and value, then reports what is
 * missing, extra, or matched with the wrong certainty or source. `expected` may be a whole
 * expected.json (its `devices` supply aliases) or a bare claim list.
 */
export function compareClaims(
  expected: readonly ExpectedClaim[] | { claims: readonly ExpectedClaim[]; devices?: readonly ExpectedDevice[] },
  actual: readonly ActualClaim[] | { claims: readonly ActualClaim[] },
): ClaimComparison {
  const expectedClaims = Array.isArray(expected)
    ? (expected as readonly ExpectedClaim[])
    : (expected as { claims: readonly ExpectedClaim[] }).claims;
  const devices = Array.isArray(expected) ? [] : ((expected as { devices?: readonly ExpectedDevice[] }).devices ?? []);
  const actualClaims = Array.isArray(actual)
    ? (actual as readonly ActualClaim[])
    : (actual as { claims: readonly ActualClaim[] }).claims;

  const aliases = aliasTable(devices);
  const key = (name: string) => {
    const k = deviceKey(name);
    return aliases.get(k) ?? k;
  };

  const result: ClaimComparison = {
    missing: [],
    extra: [],
    wrongCertainty: [],
    wrongSource: [],
    matched: [],
    duplicates: [],
  };
  const used = new Set<number>();
  const sameClaim = (e: ExpectedClaim, a: ActualClaim) =>
    key(e.device) === key(a.device) && e.attribute === a.attribute && valuesMatch(e.attribute, e.value, a.value);
  // How well a candidate agrees beyond the match itself, so duplicates pair up sensibly.
  const agreement = (e: ExpectedClaim, a: ActualClaim) =>
    (e.certainty === a.certainty ? 4 : 0) +
    (sourcesMatch(e.source, a.source) ? 2 : 0) +
    (qualifiersMatch(e.qualifier, a.qualifier) ? 1 : 0);

  // Required claims first, so an optional claim never takes the counterpart a required one needs.
  const order = [...expectedClaims.filter((e) => !e.optional), ...expectedClaims.filter((e) => e.optional)];
  const optionalOnes: ExpectedClaim[] = [];
  for (const e of order) {
    let best = -1;
    let bestScore = -1;
    actualClaims.forEach((a, i) => {
      if (used.has(i) || !sameClaim(e, a)) return;
      const score = agreement(e, a);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best < 0) {
      if (!e.optional) result.missing.push(e);
      else optionalOnes.push(e);
      continue;
    }
    used.add(best);
    const a = actualClaims[best]!;
    result.matched.push({ expected: e, actual: a });
    if (e.certainty !== a.certainty) result.wrongCertainty.push({ expected: e, actual: a });
    if (!sourcesMatch(e.source, a.source)) result.wrongSource.push({ expected: e, actual: a });
    if (e.optional) optionalOnes.push(e);
  }
  actualClaims.forEach((a, i) => {
    if (used.has(i)) return;
    // A second extraction of an optional claim is not held against the extractor either.
    if (optionalOnes.some((e) => sameClaim(e, a))) return;
    // The same claim made twice (headline and body) is one claim, not a false one.
    if (result.matched.some((m) => sameClaim(m.expected, a) && m.actual.certainty === a.certainty)) {
      result.duplicates.push(a);
      return;
    }
    result.extra.push(a);
  });
  return result;
}

/** True when the comparison found nothing to report. */
export function isCleanComparison(c: ClaimComparison): boolean {
  return c.missing.length + c.extra.length + c.wrongCertainty.length + c.wrongSource.length === 0;
}

function showValue(value: ClaimValue): string {
  if (isMoney(value)) return `${value.amount} ${value.currency}`;
  if (isInterval(value)) return value.from === value.to ? value.from : `${value.from}..${value.to}`;
  return JSON.stringify(value);
}

function showClaim(c: ExpectedClaim | ActualClaim): string {
  const qualifier = c.qualifier ? ` [${c.qualifier}]` : '';
  const quote = c.quote ? `  «${c.quote}»` : '';
  return `${c.device} · ${c.attribute} = ${showValue(c.value)}${qualifier} (${c.certainty}, source ${c.source ?? 'null'})${quote}`;
}

/** One readable line per difference, for a failing test's message. */
export function formatComparison(c: ClaimComparison): string {
  const lines: string[] = [];
  for (const e of c.missing) lines.push(`  missing        ${showClaim(e)}`);
  for (const a of c.extra) lines.push(`  extra          ${showClaim(a)}`);
  for (const { expected, actual } of c.wrongCertainty)
    lines.push(`  certainty      ${showClaim(expected)}\n                 got ${actual.certainty}`);
  for (const { expected, actual } of c.wrongSource)
    lines.push(`  source         ${showClaim(expected)}\n                 got ${actual.source ?? 'null'}`);
  return lines.join('\n');
}
