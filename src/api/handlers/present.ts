// Stage records → the JSON shapes of schemas.ts. One place, so every endpoint shows a claim or a device
// the same way.
import type { AttributeConsensus, TimelineEntry } from '../../consensus/index.js';
import type { DeviceRow, StoredClaim } from '../../ledger/index.js';

export function deviceRef(device: DeviceRow): { id: number; name: string; brand: string | null } {
  return { id: device.id, name: device.name, brand: device.brand };
}

export function claimJson(claim: StoredClaim) {
  const { deviceName, ...rest } = claim;
  return { ...rest, device: deviceName };
}

export function timelineJson(entry: TimelineEntry) {
  return { ...claimJson(entry.claim), mark: entry.mark };
}

/** Conflicts are listed by value only: the full candidate is already in `candidates`. */
export function attributeJson(attribute: AttributeConsensus) {
  return { ...attribute, conflicts: attribute.conflicts.map((c) => c.value) };
}
