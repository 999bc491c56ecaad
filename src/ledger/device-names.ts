// Every stored id and name key that stands for a device now: itself, the devices merged into it, the
// codenames and model numbers articles tied to them, and a person's aliases.
import { loadIdentity } from './devices.js';
import { canonicalId } from './identity.js';
import type { Db, DeviceRow } from './rows.js';

export interface DeviceNames {
  ids: number[];
  keys: string[];
}

/**
 * The names of every device that stands on its own now (not merged into another), by its id. `learned`
 * leaves out the aliases articles taught (they include bare words like "Pro" and "Ultra", which name
 * other makers' devices too).
 */
export async function allDeviceNames(db: Db, options: { learned?: boolean } = {}): Promise<Map<number, DeviceNames>> {
  const identity = await loadIdentity(db);
  const all = await db.selectFrom('device').select(['id', 'key']).execute();
  const learned =
    options.learned === false ? [] : await db.selectFrom('device_alias').select(['device_id', 'key']).execute();
  const names = new Map<number, { ids: number[]; keys: Set<string> }>();
  const entry = (id: number): { ids: number[]; keys: Set<string> } => {
    const root = canonicalId(identity, id);
    let e = names.get(root);
    if (!e) names.set(root, (e = { ids: [], keys: new Set() }));
    return e;
  };
  for (const d of all) {
    const e = entry(d.id);
    e.ids.push(d.id);
    e.keys.add(d.key);
  }
  for (const row of learned) entry(row.device_id).keys.add(row.key);
  for (const [key, id] of identity.aliasOf) entry(id).keys.add(key);
  return new Map([...names].map(([id, e]) => [id, { ids: e.ids, keys: [...e.keys].filter((k) => k !== '') }] as const));
}

export async function deviceNames(db: Db, device: DeviceRow): Promise<DeviceNames> {
  return (await allDeviceNames(db)).get(device.id) ?? { ids: [device.id], keys: [device.key] };
}
