// How claimed values are grouped and compared: the same value written two ways is one candidate, and two
// different candidates conflict only when they cannot both be true.
import type { ClaimValue, DateInterval, Money } from '../core/types.js';

export function isMoney(value: ClaimValue): value is Money {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'currency' in value;
}

export function isInterval(value: ClaimValue): value is DateInterval {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'from' in value;
}

/** The grouping key: equal keys are the same claim about the value. */
export function valueKey(value: ClaimValue): string {
  if (isMoney(value)) return `${value.currency} ${value.amount}`;
  if (isInterval(value)) return `${value.from}..${value.to}`;
  if (Array.isArray(value)) {
    const parts = (value as (string | number)[]).map((v) =>
      typeof v === 'string' ? v.trim().toLowerCase() : String(v),
    );
    // Camera lists keep their order (main first); other lists are sets.
    return typeof value[0] === 'number' ? parts.join(',') : [...parts].sort().join(',');
  }
  if (typeof value === 'number') return String(value);
  return value.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Numbers this close are one value measured or rounded differently (6.7 vs 6.71 inches). */
const NUMBER_TOLERANCE = 0.01;
/** Prices in one currency this close are the same price (999 vs 999.99). */
const PRICE_TOLERANCE = 0.02;

function closeNumbers(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Whether two candidate values can both be true. Nested or overlapping release windows agree ("2023" and
 * "October 2023"); prices in different currencies never conflict, since markets are priced separately;
 * a list agrees with its own subset (a story naming two of four colours).
 */
export function valuesAgree(a: ClaimValue, b: ClaimValue): boolean {
  if (isMoney(a) && isMoney(b)) {
    return a.currency !== b.currency || closeNumbers(a.amount, b.amount, PRICE_TOLERANCE);
  }
  if (isInterval(a) && isInterval(b)) return a.from <= b.to && b.from <= a.to;
  if (typeof a === 'number' && typeof b === 'number') return closeNumbers(a, b, NUMBER_TOLERANCE);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (typeof a[0] === 'number' || typeof b[0] === 'number') return valueKey(a) === valueKey(b);
    const left = new Set(valueKey(a).split(','));
    const right = new Set(valueKey(b).split(','));
    const smaller = left.size <= right.size ? left : right;
    const larger = smaller === left ? right : left;
    return [...smaller].every((v) => larger.has(v));
  }
  return valueKey(a) === valueKey(b);
}
