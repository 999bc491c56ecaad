// Each source's record from its counted claims: the counts, accuracy, lead time, a specificity-weighted
// score, the Brier score of the confidence hearsay gave, and a calibration table. Pure.
import { sourceKey } from './credit.js';
import { outcomeOf, trustOf } from './record-confidence.js';
import type { CalibrationBin, GradedClaim, SourceRecord } from './types.js';

/** Calibration bins of the confidence: five equal bins, the last one closed at 1. */
export const CALIBRATION_EDGES = [0, 0.2, 0.4, 0.6, 0.8, 1] as const;

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

export function brierScore(pairs: readonly { p: number; o: number }[]): number | null {
  return mean(pairs.map(({ p, o }) => (p - o) ** 2));
}

export function calibrationTable(pairs: readonly { p: number; o: number }[]): CalibrationBin[] {
  const bins: CalibrationBin[] = [];
  for (let i = 0; i + 1 < CALIBRATION_EDGES.length; i++) {
    const from = CALIBRATION_EDGES[i] as number;
    const to = CALIBRATION_EDGES[i + 1] as number;
    const last = i + 2 === CALIBRATION_EDGES.length;
    const inBin = pairs.filter(({ p }) => p >= from && (p < to || (last && p <= to)));
    bins.push({
      from,
      to,
      claims: inBin.length,
      meanConfidence: mean(inBin.map(({ p }) => p)),
      observedRate: mean(inBin.map(({ o }) => o)),
    });
  }
  return bins;
}

/** The most used spelling of a source's name. */
function displayName(claims: readonly GradedClaim[]): string {
  const counts = new Map<string, number>();
  for (const c of claims) if (c.creditedTo) counts.set(c.creditedTo, (counts.get(c.creditedTo) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

export function sourceRecord(
  claims: readonly GradedClaim[],
  brandOf: (deviceId: number) => string | null,
): SourceRecord {
  const counted = claims.filter((c) => c.counted);
  const graded = counted.filter((c) => outcomeOf(c) !== null);
  const count = (grade: GradedClaim['grade']): number => counted.filter((c) => c.grade === grade).length;
  const outcomes = graded.map((c) => outcomeOf(c) as number);
  const stance = graded.map((c) => ({ p: c.stanceConfidence, o: outcomeOf(c) as number }));
  const record = graded.map((c) => ({ p: c.recordConfidence, o: outcomeOf(c) as number }));
  return {
    source: displayName(claims),
    graded: graded.length,
    right: count('right'),
    partly: count('partly'),
    wrong: count('wrong'),
    pending: count('pending'),
    void: count('void'),
    accuracy: mean(outcomes),
    medianLeadDays: median(graded.map((c) => c.leadDays as number)),
    specificityScore: mean(graded.map((c) => c.specificity * (outcomeOf(c) as number))),
    brier: brierScore(stance),
    recordBrier: brierScore(record),
    calibration: calibrationTable(stance),
    trust: trustOf(claims),
    devices: [...new Set(counted.map((c) => c.device))].sort(),
    brands: [...new Set(counted.map((c) => brandOf(c.deviceId)).filter((b): b is string => b !== null))].sort(),
  };
}

/** Claims grouped by credited source (unsourced claims belong to none). */
export function groupBySource(claims: readonly GradedClaim[]): Map<string, GradedClaim[]> {
  const groups = new Map<string, GradedClaim[]>();
  for (const c of claims) {
    if (c.creditedTo === null) continue;
    const key = sourceKey(c.creditedTo);
    if (key === '') continue;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  return groups;
}
