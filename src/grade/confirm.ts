// A person confirms official values (`hearsay confirm DEVICE battery_mah=5050 price=999USD`), or marks a
// device cancelled. Each value is appended as a new official record; one equal to the newest stored for its
// slot is skipped, so confirming twice changes nothing. Grades are then recorded.
import { z } from 'zod';
import { InputError, NotFoundError, type ClaimValue } from '../core/index.js';
import type { Store } from '../db/index.js';
import { Ledger } from '../ledger/index.js';
import { readOfficialValue } from './input/read-value.js';
import { recordGrades, type RegradeSummary } from './record-grades.js';
import { isIsoDate } from './rules/dates.js';
import { appendOfficials, type OfficialToStore } from './stored-officials.js';
import { buildGradebook } from './gradebook.js';

export interface OfficialAssignment {
  attribute: string;
  qualifier: string | null;
  value: ClaimValue;
}

/** "battery_mah=5050", "price[UK]=999 GBP", "storage_gb=128,256": several values for a multi-currency price. */
export function parseAssignment(text: string): OfficialAssignment[] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new InputError('grade', text, 'expected attribute=value (e.g. battery_mah=5050)');
  let attribute = text.slice(0, eq).trim();
  let qualifier: string | null = null;
  const open = attribute.indexOf('[');
  if (open > 0 && attribute.endsWith(']')) {
    qualifier = attribute.slice(open + 1, -1).trim() || null;
    attribute = attribute.slice(0, open).trim();
  }
  return readOfficialValue(attribute, text.slice(eq + 1)).map((value) => ({ attribute, qualifier, value }));
}

export const confirmInputSchema = z.object({
  device: z.string().trim().min(1, 'a device name is needed'),
  values: z.array(z.string()).default([]),
  source: z.string().trim().min(1).nullable().default(null),
  /** The date the values became official; default: the device's official announce date, else today. */
  knownOn: z.string().refine(isIsoDate, 'expected a date as YYYY-MM-DD').nullable().default(null),
  cancelled: z.boolean().default(false),
  /** Marks a device that was wrongly marked cancelled as active again. */
  active: z.boolean().default(false),
  today: z.string().refine(isIsoDate, 'expected a date as YYYY-MM-DD'),
});
export type ConfirmInput = z.input<typeof confirmInputSchema>;

export interface ConfirmResult {
  device: string;
  recorded: number;
  /** Values equal to the newest stored one for their slot: nothing to add. */
  unchanged: number;
  status: 'cancelled' | 'active' | null;
  regrade: RegradeSummary;
}

export async function confirmOfficial(store: Store, input: ConfirmInput): Promise<ConfirmResult> {
  const parsed = confirmInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError('grade', String(issue?.path[0] ?? 'confirm'), issue?.message ?? 'invalid input');
  }
  const args = parsed.data;
  if (args.cancelled && args.active) throw new InputError('grade', args.device, 'cancelled and active at once');
  if (args.values.length === 0 && !args.cancelled && !args.active) {
    throw new InputError('grade', args.device, 'nothing to confirm: give attribute=value pairs or --cancelled');
  }
  const assignments = args.values.flatMap(parseAssignment);
  const ledger = new Ledger(store);
  const device = await ledger.findDevice(args.device);
  if (!device) throw new NotFoundError('grade', args.device, 'no device of that name (see `hearsay devices`)');
  const announced = assignments.find((a) => a.attribute === 'announce_date')?.value;
  let knownOn = args.knownOn;
  if (knownOn === null && announced && typeof announced === 'object' && 'from' in announced) knownOn = announced.from;
  if (knownOn === null) {
    const book = await buildGradebook(store);
    const official = book.devices.get(device.id)?.officials.find((o) => o.attribute === 'announce_date');
    knownOn =
      official && typeof official.value === 'object' && 'from' in official.value ? official.value.from : args.today;
  }
  const rows: OfficialToStore[] = assignments.map((a) => ({
    deviceKey: device.key,
    deviceName: device.name,
    brand: device.brand,
    attribute: a.attribute,
    qualifier: a.qualifier,
    value: a.value,
    origin: 'person',
    source: args.source,
    knownOn: knownOn as string,
  }));
  const status = args.cancelled ? 'cancelled' : args.active ? 'active' : null;
  const added = await store.db.transaction().execute(async (trx) => {
    const n = await appendOfficials(trx, rows);
    if (status) {
      await trx
        .insertInto('device_status')
        .values({
          device_key: device.key,
          device_name: device.name,
          status,
          source: args.source,
          known_on: knownOn as string,
        })
        .execute();
    }
    return n;
  });
  return {
    device: device.name,
    recorded: added,
    unchanged: rows.length - added,
    status,
    regrade: await recordGrades(store),
  };
}
