// Finding or creating the device a name denotes, and a person's identity fixes (alias, merge, undo).
import { InputError, NotFoundError } from '../core/errors.js';
import { deviceKey } from './device-key.js';
import { canonicalId, replayIdentity, type IdentityState } from './identity.js';
import type { DeviceName } from './prepare-article.js';
import type { Db, DeviceRow, IdentityEventRow } from './rows.js';

export async function loadIdentity(db: Db): Promise<IdentityState> {
  return replayIdentity(await db.selectFrom('identity_event').selectAll().execute());
}

/** A key's device id: a person's alias, then the device key, then an alias learned from an article. */
async function idForKey(db: Db, identity: IdentityState, key: string): Promise<number | undefined> {
  const aliased = identity.aliasOf.get(key);
  if (aliased !== undefined) return aliased;
  const byKey = await db.selectFrom('device').select('id').where('key', '=', key).executeTakeFirst();
  if (byKey) return byKey.id;
  const learned = await db
    .selectFrom('device_alias')
    .select('device_id')
    .where('key', '=', key)
    .orderBy('id')
    .executeTakeFirst();
  return learned?.device_id;
}

/** The device a name denotes right now, after merges. */
export async function lookupDevice(db: Db, name: string, brand: string | null = null): Promise<DeviceRow | null> {
  const key = deviceKey(name, brand);
  if (key === '') return null;
  const identity = await loadIdentity(db);
  const id = await idForKey(db, identity, key);
  if (id === undefined) return null;
  const canonical = canonicalId(identity, id);
  return (await db.selectFrom('device').selectAll().where('id', '=', canonical).executeTakeFirst()) ?? null;
}

export async function requireDevice(db: Db, name: string): Promise<DeviceRow> {
  const device = await lookupDevice(db, name);
  if (!device) throw new NotFoundError('ledger', name, 'no device of that name (see `hearsay devices`)');
  return device;
}

interface KnownDevices {
  identity: IdentityState;
  /** device key → id */
  byKey: Map<string, number>;
  /** alias key learned from an article → the device of its first mention */
  learned: Map<string, number>;
}

/**
 * Resolves the devices an article names to ids, creating the new ones. Every key and learned alias is
 * read once per ingest run, so an article's devices cost no query unless one is new. The memory only
 * holds rows of committed or in-flight transactions of this process, and is dropped when one fails.
 * Another process adding the same device meanwhile is caught by the key's unique index.
 */
export class DeviceResolver {
  private known: KnownDevices | null = null;

  reset(): void {
    this.known = null;
  }

  private async load(db: Db): Promise<KnownDevices> {
    const identity = await loadIdentity(db);
    const devices = await db.selectFrom('device').select(['id', 'key']).execute();
    const aliases = await db.selectFrom('device_alias').select(['key', 'device_id']).orderBy('id').execute();
    const learned = new Map<string, number>();
    for (const alias of aliases) if (!learned.has(alias.key)) learned.set(alias.key, alias.device_id);
    return { identity, byKey: new Map(devices.map((d) => [d.key, d.id])), learned };
  }

  /** The id for a name (see storedDeviceKey for `key`): a person's alias, then the device key, then a learned alias. */
  async resolve(db: Db, device: DeviceName): Promise<number> {
    const known = (this.known ??= await this.load(db));
    const { key } = device;
    const id = known.identity.aliasOf.get(key) ?? known.byKey.get(key) ?? known.learned.get(key);
    if (id !== undefined) return id;
    const inserted = await db
      .insertInto('device')
      .values({ name: device.name, brand: device.brand, key })
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('id')
      .executeTakeFirst();
    const created =
      inserted?.id ?? (await db.selectFrom('device').select('id').where('key', '=', key).executeTakeFirstOrThrow()).id;
    known.byKey.set(key, created);
    return created;
  }

  /** An alias stored for a device: later names with its key resolve to that device. */
  learn(key: string, deviceId: number): void {
    if (this.known && !this.known.learned.has(key)) this.known.learned.set(key, deviceId);
  }
}

export interface IdentityEventInput {
  kind: IdentityEventRow['kind'];
  device_id?: number | null;
  other_device_id?: number | null;
  alias?: string | null;
  undoes?: number | null;
  note?: string | null;
}

async function recordEvent(db: Db, event: IdentityEventInput): Promise<number> {
  const row = await db
    .insertInto('identity_event')
    .values({
      kind: event.kind,
      device_id: event.device_id ?? null,
      other_device_id: event.other_device_id ?? null,
      alias: event.alias ?? null,
      alias_key: event.alias ? deviceKey(event.alias) : null,
      undoes: event.undoes ?? null,
      note: event.note ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** `ALIAS` names `name`'s device from now on; a device already stored under ALIAS is folded into it. */
export async function addAlias(db: Db, name: string, alias: string): Promise<{ eventId: number; device: DeviceRow }> {
  const device = await requireDevice(db, name);
  const key = deviceKey(alias);
  if (key === '') throw new InputError('ledger', alias, 'an alias needs at least one letter or digit');
  if (key === device.key) throw new InputError('ledger', alias, `that is already the name of ${device.name}`);
  const eventId = await recordEvent(db, { kind: 'alias', device_id: device.id, alias });
  // The device that already carries the alias's name (the leaked name) joins the shipped one.
  const existing = await db.selectFrom('device').select('id').where('key', '=', key).executeTakeFirst();
  const identity = await loadIdentity(db);
  if (existing && canonicalId(identity, existing.id) !== device.id) {
    await recordEvent(db, {
      kind: 'merge',
      device_id: device.id,
      other_device_id: existing.id,
      note: `alias ${eventId}`,
    });
  }
  return { eventId, device };
}

/** Folds device B into device A: B's claims count for A. */
export async function mergeDevices(
  db: Db,
  into: string,
  from: string,
): Promise<{ eventId: number; into: DeviceRow; from: DeviceRow }> {
  const a = await requireDevice(db, into);
  const b = await requireDevice(db, from);
  if (a.id === b.id)
    throw new InputError('ledger', from, `${from} and ${into} are already the same device (${a.name})`);
  const eventId = await recordEvent(db, { kind: 'merge', device_id: a.id, other_device_id: b.id });
  return { eventId, into: a, from: b };
}

/** Reverts an alias or merge (and the merge an alias brought with it). */
export async function undoIdentityEvent(db: Db, id: number): Promise<number[]> {
  const events = await db.selectFrom('identity_event').selectAll().execute();
  const target = events.find((e) => e.id === id);
  if (!target)
    throw new NotFoundError(
      'ledger',
      `event ${id}`,
      'no identity change with that number (see `hearsay devices history`)',
    );
  const state = replayIdentity(events);
  const stillActive = (e: IdentityEventRow): boolean =>
    e.kind === 'alias'
      ? state.aliasOf.get(e.alias_key ?? '') === e.device_id
      : e.kind === 'merge'
        ? state.mergedInto.get(e.other_device_id ?? -1) === e.device_id
        : !events.some((u) => u.kind === 'undo' && u.undoes === e.id);
  if (!stillActive(target)) throw new InputError('ledger', `event ${id}`, 'already undone');
  const undone = [await recordEvent(db, { kind: 'undo', undoes: id })];
  for (const follower of events.filter((e) => e.kind === 'merge' && e.note === `alias ${id}`)) {
    undone.push(await recordEvent(db, { kind: 'undo', undoes: follower.id }));
  }
  return undone;
}

export async function identityHistory(db: Db): Promise<IdentityEventRow[]> {
  return db.selectFrom('identity_event').selectAll().orderBy('id').execute();
}
