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

/** A timeline entry without its article's metadata, which the page lists once per article. */
export function timelineJson(entry: TimelineEntry) {
  const { publisher: _publisher, title: _title, url: _url, ...claim } = claimJson(entry.claim);
  return { ...claim, mark: entry.mark };
}

export function articlesOf(claims: readonly StoredClaim[]) {
  const articles: Record<string, { title: string | null; url: string | null; publisher: string | null }> = {};
  for (const c of claims) articles[c.articleId] ??= { title: c.title, url: c.url, publisher: c.publisher };
  return articles;
}

/** Conflicts are listed by value only: the full candidate is already in `candidates`. */
export function attributeJson(attribute: AttributeConsensus) {
  return { ...attribute, conflicts: attribute.conflicts.map((c) => c.value) };
}
