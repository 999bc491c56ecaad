// The grade trail: grades are computed on read, and every change is appended here with why. A claim's first
// grade is recorded once it is no longer pending; a later row appears only when the grade or the official
// value behind it changes (a corrected value, a cancellation), and names the row it replaces.
import type { Store } from '../db/index.js';
import { buildGradebook } from './gradebook.js';
import { latestGrades, type Db } from './store.js';
import type { GradeRecord, GradedClaim } from './types.js';

export interface RegradeSummary {
  /** Grade rows appended by this run. */
  recorded: number;
  /** Of those, claims graded for the first time. */
  first: number;
  /** Of those, claims whose grade or official value changed. */
  changed: number;
}

function shown(value: unknown): string {
  return value === null || value === undefined ? 'none' : JSON.stringify(value);
}

function officialOf(c: GradedClaim): string {
  // The same text `shown` gives a stored null, so a claim that went back to pending is not regraded every run.
  return c.official ? JSON.stringify(c.official.value) : 'none';
}

function reasonFor(c: GradedClaim, previous: GradeRecord | undefined): string {
  const from = c.official
    ? ` (${c.official.origin} ${c.official.ref}${c.official.source ? `, ${c.official.source}` : ''})`
    : '';
  if (c.grade === 'void') return `device cancelled${previous ? `: was ${previous.grade}` : ''}`;
  if (!previous) return `graded ${c.grade} against ${officialOf(c)}${from}: ${c.detail}`;
  const valueChanged = shown(previous.official) !== officialOf(c);
  const what = valueChanged
    ? `official ${c.attribute} changed from ${shown(previous.official)} to ${officialOf(c)}${from}`
    : `official value now from ${c.official?.ref ?? 'none'}`;
  return `${what}: ${previous.grade} → ${c.grade} (${c.detail})`;
}

/** Whether a claim's grade, or the official value behind it, differs from its last recorded grade. */
export function differs(c: GradedClaim, previous: GradeRecord): boolean {
  return (
    previous.grade !== c.grade ||
    shown(previous.official) !== officialOf(c) ||
    previous.officialRef !== (c.official?.ref ?? null)
  );
}

export async function appendGradeChanges(db: Db, claims: readonly GradedClaim[]): Promise<RegradeSummary> {
  const latest = await latestGrades(db);
  const rows = [];
  let first = 0;
  for (const c of claims) {
    const previous = latest.get(c.claimId);
    if (!previous && c.grade === 'pending') continue;
    if (previous && !differs(c, previous)) continue;
    if (!previous) first++;
    rows.push({
      claim_id: c.claimId,
      grade: c.grade,
      official: c.official ? JSON.stringify(c.official.value) : null,
      official_ref: c.official?.ref ?? null,
      lead_days: c.leadDays,
      specificity: c.specificity,
      reason: reasonFor(c, previous),
      replaces: previous?.id ?? null,
    });
  }
  // Ten columns × 50 rows stays far below SQLite's bound-parameter limit.
  for (let i = 0; i < rows.length; i += 50)
    await db
      .insertInto('grade')
      .values(rows.slice(i, i + 50))
      .execute();
  return { recorded: rows.length, first, changed: rows.length - first };
}

/** Grades everything and appends what changed since the last run, in one transaction. */
export async function recordGrades(store: Store): Promise<RegradeSummary> {
  const book = await buildGradebook(store);
  return store.db.transaction().execute((trx) => appendGradeChanges(trx, book.claims));
}
