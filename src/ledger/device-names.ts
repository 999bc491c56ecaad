// Every stored id and name key that stands for a device now: itself, the devices merged into it, the
// codenames and model numbers articles tied to them, and a person's aliases. Grading matches official
// values recorded under any of these keys.
import { loadIdentity } from './devices.js';
import { canonicalId } from './identity.js';
import type { Db, DeviceRow } from './rows.js';

export interface DeviceNames {
  ids: number[];
  keys: string[];
}

export async function deviceNames(db: Db, device: DeviceRow): Promise<DeviceNames> {
  const identity = await loadIdentity(db);
  const all = await db.selectFrom('device').select(['id', 'key']).execute();
  const members = all.filter((d) => canonicalId(identity, d.id) === device.id);
  const ids = members.map((d) => d.id);
  const keys = new Set(members.map((d) => d.key));
  const learned = await db
    .selectFrom('device_alias')
    .select(['device_id', 'key'])
    .where('device_id', 'in', ids)
    .execute();
  for (const row of learned) keys.add(row.key);
  for (const [key, id] of identity.aliasOf) if (canonicalId(identity, id) === device.id) keys.add(key);
  return { ids, keys: [...keys].filter((k) => k !== '') };
}
