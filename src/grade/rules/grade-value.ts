// One claimed value against the official values of its attribute: right, partly or wrong, with the
// official value it was compared with. Pure; prices in another currency are converted by the caller's
// converter at the claim's date. Several official values (a price per currency, a value per market) are
// alternatives: the claim gets the best verdict any of them gives.
import type { ClaimValue, DateInterval, Money } from '../../core/types.js';
import type { OfficialValue, ValueVerdict } from '../types.js';
import { specificity } from './specificity.js';
import {
  CONVERTED_PRICE,
  DEFAULT_TOLERANCE,
  NUMERIC_TOLERANCES,
  SAME_CURRENCY_PRICE,
  within,
  type NumericTolerance,
} from './tolerances.js';
import { isInterval, isMoney, textKey } from './value-kinds.js';

/** Converts a price to another currency at a date; null when no rate is known. */
export type Convert = (money: Money, to: string, date: string) => number | null;

type Outcome = { grade: 'right' | 'partly' | 'wrong' | 'pending'; detail: string };

const RANK: Readonly<Record<Outcome['grade'], number>> = { right: 0, partly: 1, wrong: 2, pending: 3 };

function byTolerance(claimed: number, official: number, tolerance: NumericTolerance, unit = ''): Outcome {
  const shown = `${official}${unit}`;
  if (within(claimed, official, tolerance.right))
    return { grade: 'right', detail: `${claimed}${unit} matches ${shown}` };
  if (tolerance.partly && within(claimed, official, tolerance.partly)) {
    return { grade: 'partly', detail: `${claimed}${unit} is near ${shown}` };
  }
  return { grade: 'wrong', detail: `${claimed}${unit} against ${shown}` };
}

function numericOutcome(attribute: string, claimed: number, official: number): Outcome {
  return byTolerance(claimed, official, NUMERIC_TOLERANCES[attribute] ?? DEFAULT_TOLERANCE);
}

/** Lists by overlap: the same set is right, a shared member partly, nothing in common wrong. */
function listOutcome(claimed: readonly (string | number)[], official: readonly (string | number)[]): Outcome {
  const key = (v: string | number): string => (typeof v === 'number' ? String(v) : textKey(v));
  const have = new Set(official.map(key));
  const said = new Set(claimed.map(key));
  const shared = [...said].filter((v) => have.has(v)).length;
  const shown = `[${official.join(', ')}]`;
  if (shared === said.size && shared === have.size) return { grade: 'right', detail: `same as ${shown}` };
  if (shared > 0) return { grade: 'partly', detail: `${shared} of ${said.size} in ${shown}` };
  return { grade: 'wrong', detail: `none in ${shown}` };
}

/**
 * A window is right when the official day falls inside it. An official value that is itself a window (a
 * catalog that gives only the month) settles a claim only when the claim's window covers all of it; one that
 * merely overlaps it is partly right, since it may or may not hold.
 */
function windowOutcome(claimed: DateInterval, official: DateInterval): Outcome {
  const shown = official.from === official.to ? official.from : `${official.from}..${official.to}`;
  if (claimed.from <= official.from && official.to <= claimed.to) {
    return { grade: 'right', detail: `${shown} inside ${claimed.from}..${claimed.to}` };
  }
  if (claimed.from <= official.to && official.from <= claimed.to) {
    return { grade: 'partly', detail: `${shown} overlaps ${claimed.from}..${claimed.to}` };
  }
  return { grade: 'wrong', detail: `${shown} outside ${claimed.from}..${claimed.to}` };
}

function textOutcome(attribute: string, claimed: string, official: string): Outcome {
  const a = textKey(claimed);
  const b = textKey(official);
  if (a === b) return { grade: 'right', detail: `matches ${official}` };
  // "Snapdragon 8 Gen 3" for the official "Snapdragon 8 Gen 3 for Galaxy": the claim named the part, not the variant.
  if (attribute === 'chipset' && a.length >= 4 && (b.startsWith(a) || a.startsWith(b))) {
    return { grade: 'partly', detail: `${claimed} is part of ${official}` };
  }
  return { grade: 'wrong', detail: `against ${official}` };
}

function priceOutcome(claimed: Money, claimedOn: string, official: Money, convert: Convert | null): Outcome {
  const shown = `${official.amount} ${official.currency}`;
  if (claimed.currency.toUpperCase() === official.currency.toUpperCase()) {
    const o = byTolerance(claimed.amount, official.amount, SAME_CURRENCY_PRICE);
    return { grade: o.grade, detail: `${claimed.amount} ${claimed.currency} against ${shown}` };
  }
  const converted = convert ? convert(claimed, official.currency, claimedOn) : null;
  if (converted === null) {
    return { grade: 'pending', detail: `no ${claimed.currency}→${official.currency} rate on ${claimedOn}` };
  }
  const o = byTolerance(converted, official.amount, CONVERTED_PRICE);
  return {
    grade: o.grade,
    detail: `${claimed.amount} ${claimed.currency} ≈ ${Math.round(converted * 100) / 100} ${official.currency} on ${claimedOn} against ${shown}`,
  };
}

function asList(value: ClaimValue): (string | number)[] | null {
  if (Array.isArray(value)) return value as (string | number)[];
  return typeof value === 'number' || typeof value === 'string' ? [value] : null;
}

function compareOne(
  attribute: string,
  claimed: ClaimValue,
  claimedOn: string,
  official: ClaimValue,
  convert: Convert | null,
): Outcome {
  if (isMoney(claimed) && isMoney(official)) return priceOutcome(claimed, claimedOn, official, convert);
  if (isInterval(claimed) && isInterval(official)) return windowOutcome(claimed, official);
  if (typeof claimed === 'number' && typeof official === 'number') {
    return numericOutcome(attribute, claimed, official);
  }
  if (typeof claimed === 'string' && typeof official === 'string') return textOutcome(attribute, claimed, official);
  // A list on either side (storage options, colours, several model numbers): overlap. One model number of
  // several official ones is right: each names the same device.
  const a = asList(claimed);
  const b = asList(official);
  if (a && b) {
    if (!Array.isArray(claimed) && (attribute === 'model_number' || attribute === 'codename')) {
      return b.some((v) => textKey(String(v)) === textKey(String(claimed)))
        ? { grade: 'right', detail: `${String(claimed)} is one of [${b.join(', ')}]` }
        : { grade: 'wrong', detail: `not one of [${b.join(', ')}]` };
    }
    return listOutcome(a, b);
  }
  return { grade: 'wrong', detail: 'a different kind of value from the official one' };
}

/** Prices: prefer an official price in the claim's own currency, so no conversion blurs the comparison. */
function candidatesFor(claimed: ClaimValue, officials: readonly OfficialValue[]): readonly OfficialValue[] {
  if (!isMoney(claimed)) return officials;
  const same = officials.filter(
    (o) => isMoney(o.value) && o.value.currency.toUpperCase() === claimed.currency.toUpperCase(),
  );
  return same.length > 0 ? same : officials;
}

export function gradeValue(
  attribute: string,
  claimed: ClaimValue,
  claimedOn: string,
  officials: readonly OfficialValue[],
  convert: Convert | null,
): ValueVerdict {
  const precision = specificity(attribute, claimed);
  let best: { outcome: Outcome; official: OfficialValue } | null = null;
  for (const official of candidatesFor(claimed, officials)) {
    const outcome = compareOne(attribute, claimed, claimedOn, official.value, convert);
    if (best === null || RANK[outcome.grade] < RANK[best.outcome.grade]) best = { outcome, official };
  }
  if (best === null)
    return { grade: 'pending', official: null, specificity: precision, detail: 'no official value yet' };
  return {
    grade: best.outcome.grade,
    official: best.outcome.grade === 'pending' ? null : best.official,
    specificity: precision,
    detail: best.outcome.detail,
  };
}
