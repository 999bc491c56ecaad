// Telling the contract's value forms apart.
import type { ClaimValue, DateInterval, Money } from '../../core/types.js';

export function isMoney(value: ClaimValue): value is Money {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'currency' in value;
}

export function isInterval(value: ClaimValue): value is DateInterval {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'from' in value;
}

/** Case, spacing and punctuation-insensitive form of a text value ("Snapdragon 8 Gen 3" = "snapdragon 8 gen3"). */
export function textKey(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
