// Every device's claims graded, credited and weighed by record: the one computation the public read
// functions share. Grades are computed on read from the ledger and the official values, so they are never
// stale; `recordGrades` appends the changes to the trail.
import { loadRates } from '../consensus/index.js';
import { dataRevision, type Store } from '../db/index.js';
import { allDeviceNames, Ledger, type DeviceRow } from '../ledger/index.js';
import { assignCredit } from './credit.js';
import { gradeDeviceClaims } from './grade-claims.js';
import { officialsFromClaims, standingOfficials } from './officials.js';
import { applyRecords } from './record-confidence.js';
import type { Convert } from './rules/grade-value.js';
import { isCancelled, storedOfficials, storyOrigins } from './store.js';
import type { GradedClaim, OfficialValue } from './types.js';

export interface GradedDevice {
  row: DeviceRow;
  cancelled: boolean;
  officials: OfficialValue[];
}

export interface Gradebook {
  devices: Map<number, GradedDevice>;
  claims: GradedClaim[];
}

async function priceConverter(store: Store): Promise<Convert> {
  const rates = await loadRates(store);
  return (money, to, date) => rates.convert(money, to, date)?.amount ?? null;
}

// The last gradebook per store with the data revision it was built under. A gradebook spans every device
// (records weigh a source's whole history), so without this every device page would grade them all again.
const lastBuilt = new WeakMap<Store, { revision: string; book: Promise<Gradebook> }>();

/**
 * The gradebook for the ledger as it stands: reused while the data revision (db/revision.ts, one cheap
 * query) is unchanged, rebuilt as soon as anything it reads changes. Callers must not mutate it.
 */
export async function currentGradebook(store: Store): Promise<Gradebook> {
  const revision = await dataRevision(store);
  const last = lastBuilt.get(store);
  if (last?.revision === revision) return last.book;
  const book = buildGradebook(store);
  lastBuilt.set(store, { revision, book });
  // A failed build is not kept: the next read tries again.
  book.catch(() => {
    if (lastBuilt.get(store)?.book === book) lastBuilt.delete(store);
  });
  return book;
}

export async function buildGradebook(store: Store): Promise<Gradebook> {
  const ledger = new Ledger(store);
  const db = store.db;
  const summaries = await ledger.listDevices();
  const rows = new Map((await db.selectFrom('device').selectAll().execute()).map((d) => [d.id, d]));
  const origins = await storyOrigins(db);
  const convert = await priceConverter(store);
  // A person's aliases and merges carry official values; aliases learned from articles do not: "the Pro"
  // taught the iPhone 15 Pro the key "pro", which a catalog's "Motorola PRO" also has.
  const names = await allDeviceNames(db, { learned: false });
  const devices = new Map<number, GradedDevice>();
  const graded: GradedClaim[] = [];
  for (const summary of summaries) {
    const row = rows.get(summary.id);
    if (!row) continue;
    const claims = await ledger.claimsFor(row);
    const keys = names.get(row.id)?.keys ?? [row.key];
    const stored = await storedOfficials(db, keys, row.brand);
    const officials = standingOfficials([...officialsFromClaims(claims), ...stored]);
    const cancelled = await isCancelled(db, keys);
    devices.set(row.id, { row, cancelled, officials });
    graded.push(
      ...gradeDeviceClaims(
        {
          id: row.id,
          name: row.name,
          claims,
          officials,
          cancelled,
          originPublisher: (storyId) => origins.get(storyId) ?? null,
        },
        convert,
      ),
    );
  }
  return { devices, claims: applyRecords(assignCredit(graded)) };
}
