// The current device identities, replayed from the append-only identity events: a person's aliases and
// merges, minus the ones later undone. Pure, so the rules are tested without a database.
import type { IdentityEventRow } from './rows.js';

export interface IdentityState {
  /** alias key → the device it names (a person's aliases only). */
  aliasOf: ReadonlyMap<string, number>;
  /** device → the device it was merged into (one hop; follow with canonicalId). */
  mergedInto: ReadonlyMap<number, number>;
}

export function replayIdentity(events: readonly IdentityEventRow[]): IdentityState {
  const undone = new Set<number>();
  // Undoing an undo restores the original: walk newest first so each undo sees whether it was itself undone.
  for (const e of [...events].sort((a, b) => b.id - a.id)) {
    if (e.kind === 'undo' && e.undoes !== null && !undone.has(e.id)) undone.add(e.undoes);
  }
  const aliasOf = new Map<string, number>();
  const mergedInto = new Map<number, number>();
  for (const e of [...events].sort((a, b) => a.id - b.id)) {
    if (undone.has(e.id)) continue;
    if (e.kind === 'alias' && e.alias_key !== null && e.device_id !== null) aliasOf.set(e.alias_key, e.device_id);
    if (e.kind === 'merge' && e.device_id !== null && e.other_device_id !== null) {
      mergedInto.set(e.other_device_id, e.device_id);
    }
  }
  return { aliasOf, mergedInto };
}

/** Follows merges to the device that now stands for `id`; a cycle (A into B, then B into A) stops where it closes. */
export function canonicalId(state: IdentityState, id: number): number {
  const seen = new Set<number>();
  let current = id;
  for (;;) {
    const next = state.mergedInto.get(current);
    if (next === undefined || seen.has(next)) return current;
    seen.add(current);
    current = next;
  }
}
