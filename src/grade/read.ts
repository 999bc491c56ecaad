// The read side of grading: source leaderboards, one source's claims, one device's grades.
import { NotFoundError } from '../core/index.js';
import type { Store } from '../db/index.js';
import { Ledger } from '../ledger/index.js';
import { sourceKey } from './credit.js';
import { currentGradebook, type Gradebook } from './gradebook.js';
import { groupBySource, sourceRecord } from './records.js';
import { gradeTrail } from './store.js';
import { GRADES, type DeviceGrades, type Grade, type SourceDetail, type SourceRecord } from './types.js';

export interface SourceRecordsOptions {
  /** Only claims about this brand's devices (case-insensitive). */
  brand?: string | null;
}

function brandLookup(book: Gradebook): (deviceId: number) => string | null {
  return (id) => book.devices.get(id)?.row.brand ?? null;
}

/** Most graded first, then best accuracy, then name: a leaderboard. */
function leaderboardOrder(a: SourceRecord, b: SourceRecord): number {
  return b.graded - a.graded || (b.accuracy ?? -1) - (a.accuracy ?? -1) || a.source.localeCompare(b.source);
}

export async function sourceRecords(store: Store, options: SourceRecordsOptions = {}): Promise<SourceRecord[]> {
  const book = await currentGradebook(store);
  const brandOf = brandLookup(book);
  const brand = options.brand?.trim().toLowerCase() || null;
  const claims =
    brand === null ? book.claims : book.claims.filter((c) => (brandOf(c.deviceId) ?? '').toLowerCase() === brand);
  return (
    [...groupBySource(claims).values()]
      // A source whose every claim is official (the maker itself) or a repeat has no record to show.
      .filter((list) => list.some((c) => c.counted))
      .map((list) => sourceRecord(list, brandOf))
      .sort(leaderboardOrder)
  );
}

/**
 * Looks up a source's record by name as an article prints it ("@leaker", "Leaker"): the same key credit
 * uses. Null for a source with nothing graded yet.
 */
export async function sourceRecordLookup(store: Store): Promise<(name: string) => SourceRecord | null> {
  const byKey = new Map((await sourceRecords(store)).map((record) => [sourceKey(record.source), record]));
  return (name) => {
    const record = byKey.get(sourceKey(name));
    return record && record.graded > 0 ? record : null;
  };
}

export async function sourceDetail(store: Store, name: string): Promise<SourceDetail> {
  const book = await currentGradebook(store);
  const key = sourceKey(name);
  const claims = groupBySource(book.claims).get(key);
  if (!claims || key === '')
    throw new NotFoundError('grade', name, 'no claims credited to that source (see `hearsay sources`)');
  const ordered = [...claims].sort((a, b) => a.claimedOn.localeCompare(b.claimedOn) || a.claimId - b.claimId);
  return { record: sourceRecord(claims, brandLookup(book)), claims: ordered };
}

export async function deviceGrades(store: Store, device: string): Promise<DeviceGrades> {
  const row = await new Ledger(store).requireDevice(device);
  const book = await currentGradebook(store);
  const graded = book.devices.get(row.id);
  const claims = book.claims.filter((c) => c.deviceId === row.id);
  const counts = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>;
  for (const c of claims) counts[c.grade]++;
  return {
    device: { id: row.id, name: row.name, brand: row.brand },
    cancelled: graded?.cancelled ?? false,
    officials: graded?.officials ?? [],
    claims,
    counts,
    trail: await gradeTrail(
      store.db,
      claims.map((c) => c.claimId),
    ),
  };
}
