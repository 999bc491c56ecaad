// The public face of the ledger: record articles, list and fix devices, read a device's claims.
import { PrecompiledQueries, type Store } from '../db/index.js';
import { contentHash } from '../ingest/syndication/index.js';
import {
  addAlias,
  DeviceResolver,
  identityHistory,
  lookupDevice,
  mergeDevices,
  requireDevice,
  undoIdentityEvent,
} from './devices.js';
import { claimsForDevice, listDevices, type DeviceSummary, type StoredClaim } from './queries.js';
import { prepareArticle, type ArticleToRecord, type PreparedArticle } from './prepare-article.js';
import { PublisherIndex } from './publishers.js';
import { findByContent, recordPrepared, type RecordOutcome, type WriteMemory } from './record-article.js';
import type { DeviceRow, IdentityEventRow } from './rows.js';
import { searchClaims, searchDevices, type ClaimSearch, type DeviceSearch, type Page } from './search.js';
import { articleById, recentClaims, type StoredArticle } from './reads.js';

export { deviceKey } from './device-key.js';
export { allDeviceNames, deviceNames, type DeviceNames } from './device-names.js';
export { articleFacts, prepareArticle } from './prepare-article.js';
export type { ArticleFacts, ArticleToRecord, PreparedArticle } from './prepare-article.js';
export type { RecordOutcome } from './record-article.js';
export { contentHash } from '../ingest/syndication/index.js';
export type { DeviceSummary, StoredClaim } from './queries.js';
export type { StoredArticle } from './reads.js';
export type { DeviceRow, IdentityEventRow } from './rows.js';
export type { ClaimSearch, DeviceOrder, DeviceSearch, Page } from './search.js';
export type { StoryLink } from './stories.js';

export class Ledger {
  private readonly memory: WriteMemory = {
    devices: new DeviceResolver(),
    publishers: new PublisherIndex(),
    queries: new PrecompiledQueries(),
  };

  constructor(readonly store: Store) {}

  /** Extracts and stores one article and its claims in one transaction, or reports it as already known. */
  async record(input: ArticleToRecord): Promise<RecordOutcome> {
    // Known content is answered before the costly part: re-running a batch extracts only what is new.
    const hash = input.contentHash ?? contentHash(input.article.text);
    const known = await this.findByContent(hash);
    if (known !== null) return { status: 'known', articleId: known };
    return this.recordPrepared(prepareArticle({ ...input, contentHash: hash }));
  }

  /** The id of a stored article with this content hash (see `contentHash`), if any. */
  findByContent(hash: string): Promise<number | null> {
    return findByContent(this.store.db, this.memory.queries, hash);
  }

  /** Stores an article prepared elsewhere (a worker thread) in one transaction. */
  async recordPrepared(prepared: PreparedArticle): Promise<RecordOutcome> {
    try {
      return await this.store.db.transaction().execute((trx) => recordPrepared(trx, this.memory, prepared));
    } catch (error) {
      // Ids and keys remembered during the failed transaction were rolled back with it.
      this.forget();
      throw error;
    }
  }

  /** Drops what the writing side remembers; the next article reads it afresh. */
  private forget(): void {
    this.memory.devices.reset();
    this.memory.publishers.reset();
  }

  listDevices(): Promise<DeviceSummary[]> {
    return listDevices(this.store.db);
  }

  findDevice(name: string): Promise<DeviceRow | null> {
    return lookupDevice(this.store.db, name);
  }

  requireDevice(name: string): Promise<DeviceRow> {
    return requireDevice(this.store.db, name);
  }

  claimsFor(device: DeviceRow, attribute?: string): Promise<StoredClaim[]> {
    return claimsForDevice(this.store.db, device, attribute);
  }

  /** One page of devices matching a name search. */
  searchDevices(search: DeviceSearch): Promise<Page<DeviceSummary>> {
    return searchDevices(this.store.db, search);
  }

  /** One page of current claims matching words and filters, newest first. */
  searchClaims(search: ClaimSearch): Promise<Page<StoredClaim>> {
    return searchClaims(this.store.db, search);
  }

  /** The newest claims across all devices (the home page's feed). */
  recentClaims(limit: number): Promise<StoredClaim[]> {
    return recentClaims(this.store.db, limit);
  }

  /** One stored article with its text and claims, or null. */
  article(id: number): Promise<StoredArticle | null> {
    return articleById(this.store.db, id);
  }

  async alias(name: string, alias: string): Promise<{ eventId: number; device: DeviceRow }> {
    this.forget();
    return this.store.db.transaction().execute((trx) => addAlias(trx, name, alias));
  }

  async merge(into: string, from: string): Promise<{ eventId: number; into: DeviceRow; from: DeviceRow }> {
    this.forget();
    return this.store.db.transaction().execute((trx) => mergeDevices(trx, into, from));
  }

  async undo(eventId: number): Promise<number[]> {
    this.forget();
    return this.store.db.transaction().execute((trx) => undoIdentityEvent(trx, eventId));
  }

  history(): Promise<IdentityEventRow[]> {
    return identityHistory(this.store.db);
  }

  async counts(): Promise<{ articles: number; stories: number; devices: number; claims: number }> {
    const db = this.store.db;
    const count = async (table: 'article' | 'story' | 'device' | 'claim'): Promise<number> =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      articles: await count('article'),
      stories: await count('story'),
      devices: await count('device'),
      claims: await count('claim'),
    };
  }
}
