// `npm run bench:grade`: what grading costs on top of reading the claims it grades.
//   A ledger of D generated devices × R short leak reports each (several sources, prices in two
//   currencies, release windows), official values imported as a catalog, then the median time of:
//     reference    every device's claims read from the ledger (listDevices + claimsFor): the floor any
//                  grading pass pays;
//     sources      sourceRecords(): the whole leaderboard, grading every claim;
//     device       deviceGrades() for one device (it grades all, since records span devices);
//     regrade      recordGrades() on an unchanged ledger (nothing to append).
//   Ratios are against the reference measured in the same run.
//
//   node --import tsx scripts/bench/grade.ts [--devices 20] [--reports 100] [--runs 7]
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/db/index.js';
import { deviceGrades, importCatalog, recordGrades, sourceRecords } from '../../src/grade/index.js';
import { Ledger } from '../../src/ledger/index.js';
import { flag, median, prng } from './corpus.js';

const DEVICES = Math.max(1, flag('devices', 20));
const REPORTS = Math.max(1, flag('reports', 100));
const RUNS = Math.max(3, flag('runs', 7));
const SOURCES = ['Ice Universe', 'Revegnus', 'OnLeaks', 'Digital Chat Station', 'a supply-chain source'];
const PUBLISHERS = ['Signal Bar', 'Pocket Circuit', 'Tap Report', 'Chip Weekly', 'Leak Wire'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June'];

const dbFile = path.join(tmpdir(), `hearsay-bench-grade-${process.pid}.db`);
const cleanup = (): void => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true });
};
cleanup();
const store = await openStore(dbFile);
const ledger = new Ledger(store);
const random = prng(11);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
const encoder = new TextEncoder();

const buildStart = performance.now();
let claims = 0;
for (let d = 0; d < DEVICES; d++) {
  const name = `Galaxy S${100 + d} Ultra`;
  for (let r = 0; r < REPORTS; r++) {
    const published = new Date(Date.UTC(2030, 0, 1) + r * 3 * 86_400_000).toISOString().slice(0, 10);
    const text =
      `The ${name} will have a ${pick([5000, 5500, 6000])}mAh battery and ${pick([12, 16])}GB of RAM, ` +
      `according to ${pick(SOURCES)}. It is said to charge at ${pick([45, 65, 80])}W, to cost ` +
      `${pick(['$', '€'])}${pick([1299, 1399, 1499])} and to be announced in ${pick(MONTHS)} 2031. Report ${d}-${r}.`;
    const outcome = await ledger.record({
      article: { text, format: 'text', title: null, published, publisher: pick(PUBLISHERS), authors: [], url: null },
      raw: encoder.encode(text),
      today: published,
    });
    if (outcome.status !== 'known') claims += outcome.claims;
  }
}
const rows = ['name,brand,announced,battery_mah,ram_gb,price'];
for (let d = 0; d < DEVICES; d++) rows.push(`Galaxy S${100 + d} Ultra,Samsung,2031-03-10,5500,16,1399 USD`);
const imported = await importCatalog(store, rows.join('\n'), { file: 'bench.csv', today: '2031-04-01' });
console.log(
  `ledger: ${DEVICES} devices, ${DEVICES * REPORTS} reports, ${claims} claims (built in ${((performance.now() - buildStart) / 1000).toFixed(1)} s); catalog: ${imported.added} official values, ${imported.regrade.first} claims graded`,
);

async function timeRuns(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

const reference = await timeRuns(async () => {
  for (const summary of await ledger.listDevices()) {
    const row = await ledger.requireDevice(summary.name);
    await ledger.claimsFor(row);
  }
});
const sources = await timeRuns(() => sourceRecords(store));
const device = await timeRuns(() => deviceGrades(store, 'Galaxy S100 Ultra'));
const regrade = await timeRuns(() => recordGrades(store));
await store.close();
cleanup();

const line = (label: string, ms: number): string =>
  `${label.padEnd(10)} median ${ms.toFixed(0).padStart(6)} ms over ${RUNS} runs   ${(ms / reference).toFixed(2)}× reference`;
console.log(line('reference', reference));
console.log(line('sources', sources));
console.log(line('device', device));
console.log(line('regrade', regrade));
console.log(
  `per claim: sources ${((sources * 1000) / claims).toFixed(1)} µs (reference ${((reference * 1000) / claims).toFixed(1)} µs)`,
);
