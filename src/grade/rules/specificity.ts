// How precise a claim is, 0..1. An exact value is 1; a date window loses precision with the log of its
// width (a day 1, a week 0.7, a month about 0.5, a quarter 0.3, a year 0.1); a list of alternatives
// ("12 or 16GB") shares its precision among them.
import type { ClaimValue } from '../../core/types.js';
import { daysBetween } from './dates.js';
import { isInterval } from './value-kinds.js';

/** The width, in days, at which a window is worth the floor. */
const VAGUE_DAYS = 730;
const FLOOR = 0.1;

export function windowSpecificity(from: string, to: string): number {
  const width = Math.max(1, daysBetween(from, to) + 1);
  return Math.max(FLOOR, 1 - Math.log(width) / Math.log(VAGUE_DAYS));
}

export function specificity(attribute: string, value: ClaimValue): number {
  if (isInterval(value)) return windowSpecificity(value.from, value.to);
  // Colours and camera lists describe several things at once; storage and RAM lists are alternatives.
  if (Array.isArray(value) && (attribute === 'ram_gb' || attribute === 'storage_gb')) {
    return value.length === 0 ? FLOOR : Math.max(FLOOR, 1 / value.length);
  }
  return 1;
}
