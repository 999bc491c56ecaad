// The ledger's behaviour, written once and run against each database backend (sqlite.test.ts; a
// postgres.test.ts will call the same function).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { deviceConsensus, deviceTimeline } from '../../src/consensus/index.js';
import { isSchemaUpToDate, type Store } from '../../src/db/index.js';
import { readArticle } from '../../src/ingest/index.js';
import { Ledger, type RecordOutcome } from '../../src/ledger/index.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/ledger/', import.meta.url));

export interface Backend {
  name: string;
  /** A reason to skip the whole suite on this runtime, or false. */
  skip?: string | false;
  /** A fresh, empty, migrated store. */
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

function fixture(name: string): { bytes: Uint8Array; name: string } {
  const path = join(FIXTURES, name);
  return { bytes: new Uint8Array(readFileSync(path)), name: path };
}

async function record(ledger: Ledger, name: string): Promise<RecordOutcome> {
  const input = fixture(name);
  return ledger.record({ article: readArticle(input), raw: input.bytes, today: '2031-12-01' });
}

async function tableSizes(store: Store): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {};
  for (const table of ['article', 'article_raw', 'story', 'device', 'claim', 'identity_event'] as const) {
    const row = await store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    sizes[table] = Number(row.n);
  }
  return sizes;
}

export function runLedgerContract(backend: Backend): void {
  describe(`ledger contract (${backend.name})`, { skip: backend.skip ?? false }, () => {
    after(() => backend.cleanup());

    it('migrates an empty database to the latest schema', async () => {
      const store = await backend.open();
      try {
        assert.equal(await isSchemaUpToDate(store.db, store.dialect), true);
      } finally {
        await store.close();
      }
    });

    describe('one leak, its copies, a rival leak and the launch', () => {
      let store: Store;
      let ledger: Ledger;
      const outcomes: Record<string, RecordOutcome> = {};
      before(async () => {
        store = await backend.open();
        ledger = new Ledger(store);
        for (const name of readdirSync(FIXTURES)
          .filter((n) => n.endsWith('.md'))
          .sort()) {
          outcomes[name] = await record(ledger, name);
        }
      });
      after(() => store.close());

      it('stores each article once: the same content again is "known" and adds nothing', async () => {
        const sizes = await tableSizes(store);
        const again = await record(ledger, '01-origin-leak.md');
        assert.equal(again.status, 'known');
        assert.deepEqual(await tableSizes(store), sizes);
      });

      it('groups a syndicated copy with its origin', () => {
        const origin = outcomes['01-origin-leak.md'];
        const copy = outcomes['02-syndicated-copy.md'];
        assert.equal(copy?.status, 'syndicated');
        assert.ok(origin && copy && origin.status === 'new' && copy.status === 'syndicated');
        assert.equal(copy.storyId, origin.storyId);
      });

      it('joins an article that credits the origin ("LeakWire reports") to its story', () => {
        const origin = outcomes['01-origin-leak.md'];
        const credit = outcomes['04-credit-only.md'];
        assert.ok(origin && credit && origin.status !== 'known' && credit.status !== 'known');
        assert.equal(credit.status, 'credited');
        assert.equal(credit.storyId, origin.storyId);
      });

      it('keeps a rival leak as its own story', () => {
        const origin = outcomes['01-origin-leak.md'];
        const rival = outcomes['03-conflicting-leak.md'];
        assert.ok(origin && rival && origin.status !== 'known' && rival.status !== 'known');
        assert.equal(rival.status, 'new');
        assert.notEqual(rival.storyId, origin.storyId);
      });

      it('lands every article on one device, whatever the spelling', async () => {
        const devices = await ledger.listDevices();
        assert.deepEqual(
          devices.map((d) => d.name),
          ['Samsung Galaxy S30 Ultra'],
        );
        for (const spelling of ['galaxy s30 ultra', 'Samsung Galaxy S30 Ultra', 'GALAXY S30 ULTRA']) {
          assert.equal((await ledger.findDevice(spelling))?.name, 'Samsung Galaxy S30 Ultra', spelling);
        }
      });

      it('counts support in independent stories, not articles', async () => {
        const sheet = await deviceConsensus(ledger, 'Galaxy S30 Ultra');
        const ram = sheet.attributes.find((a) => a.attribute === 'ram_gb');
        const sixteen = ram?.candidates.find((c) => c.value === 16);
        // The origin and its syndicated copy (two articles, one story) plus the launch.
        assert.equal(sixteen?.claims, 3);
        assert.equal(sixteen?.stories, 2);
      });

      it('lets the official value lead and settle the attribute', async () => {
        const sheet = await deviceConsensus(ledger, 'Galaxy S30 Ultra');
        const battery = sheet.attributes.find((a) => a.attribute === 'battery_mah');
        assert.equal(battery?.leader.value, 5800);
        assert.equal(battery?.leader.certainty, 'official');
        assert.equal(battery?.settled, true);
        assert.deepEqual(battery?.conflicts, []);
      });

      it('keeps prices for different markets apart and converts them at the claim date', async () => {
        const sheet = await deviceConsensus(ledger, 'Galaxy S30 Ultra', { currency: 'EUR' });
        const us = sheet.attributes.find((a) => a.attribute === 'price' && a.qualifier === 'US');
        const uk = sheet.attributes.find((a) => a.attribute === 'price' && a.qualifier === 'UK');
        assert.ok(us && uk);
        assert.deepEqual(us.leader.value, { amount: 1299, currency: 'USD' });
        assert.equal(uk.leader.converted?.currency, 'EUR');
        assert.ok((uk.leader.converted?.amount ?? 0) > 1299, 'a pound buys more than a euro');
      });

      it('orders the timeline by date and marks a contradicting claim', async () => {
        const { entries } = await deviceTimeline(ledger, 'Galaxy S30 Ultra');
        const dates = entries.map((e) => e.claim.claimedOn);
        assert.deepEqual(dates, [...dates].sort());
        const fortyFive = entries.find((e) => e.claim.attribute === 'charging_w' && e.claim.value === 45);
        assert.equal(fortyFive?.mark, 'contradicts');
      });

      it('flags a conflict while no official value exists', async () => {
        const claims = await ledger.claimsFor((await ledger.findDevice('Galaxy S30 Ultra'))!);
        const { computeConsensus } = await import('../../src/consensus/index.js');
        const beforeLaunch = computeConsensus(claims.filter((c) => c.claimedOn < '2032-01-01'));
        const charging = beforeLaunch.attributes.find((a) => a.attribute === 'charging_w');
        // One story each (the 65W leak's copy and credit add no independence): the newer report leads.
        assert.equal(charging?.leader.value, 45);
        assert.equal(charging?.leader.stories, 1);
        assert.deepEqual(
          charging?.conflicts.map((c) => [c.value, c.stories, c.claims]),
          [[65, 1, 3]],
        );
      });

      it('archives the original bytes with their hash', async () => {
        const input = fixture('03-conflicting-leak.md');
        const outcome = outcomes['03-conflicting-leak.md'];
        assert.ok(outcome);
        const raw = await store.db
          .selectFrom('article_raw')
          .selectAll()
          .where('article_id', '=', outcome.articleId)
          .executeTakeFirstOrThrow();
        assert.deepEqual(new Uint8Array(raw.bytes), input.bytes);
        assert.match(raw.sha256, /^[0-9a-f]{64}$/);
      });
    });

    describe('device identity fixes are recorded and reversible', () => {
      let store: Store;
      let ledger: Ledger;
      before(async () => {
        store = await backend.open();
        ledger = new Ledger(store);
        const leak =
          'Sony is preparing the Xperia Z9s, a compact phone with a 4,500mAh battery, according to a leaked spec sheet.';
        const launch = 'Sony today announced the Xperia Z9 Compact. It has a 4,300mAh battery and costs $599.';
        for (const [text, published] of [
          [leak, '2031-03-01'],
          [launch, '2031-06-01'],
        ] as const) {
          const bytes = new TextEncoder().encode(text);
          await ledger.record({
            article: { text, format: 'text', title: null, published, publisher: 'Test Wire', authors: [], url: null },
            raw: bytes,
            today: '2031-07-01',
          });
        }
      });
      after(() => store.close());

      it('alias folds the leaked name into the shipped device, and undo splits them again', async () => {
        assert.equal((await ledger.listDevices()).length, 2);
        const before = await tableSizes(store);
        const { eventId } = await ledger.alias('Xperia Z9 Compact', 'Xperia Z9s');
        const merged = await ledger.listDevices();
        assert.equal(merged.length, 1);
        assert.deepEqual(merged[0]?.members, ['Sony Xperia Z9s']);
        assert.equal((await ledger.findDevice('xperia z9s'))?.name, 'Sony Xperia Z9 Compact');
        const sheet = await deviceConsensus(ledger, 'Xperia Z9 Compact');
        const battery = sheet.attributes.find((a) => a.attribute === 'battery_mah');
        assert.deepEqual(
          battery?.candidates.map((c) => c.value),
          [4300, 4500],
        );
        await ledger.undo(eventId);
        assert.equal((await ledger.listDevices()).length, 2);
        const after = await tableSizes(store);
        // Nothing was deleted: the fix and its undo are new rows.
        assert.equal(after.claim, before.claim);
        assert.equal(after.identity_event, (before.identity_event ?? 0) + 4);
      });

      it('merge refuses a device merged with itself, and an unknown device by name', async () => {
        await assert.rejects(ledger.merge('Xperia Z9s', 'xperia z9s'), /already the same device/);
        await assert.rejects(ledger.merge('Xperia Z9s', 'Nokia 9999'), /no device of that name/);
      });
    });
  });
}
