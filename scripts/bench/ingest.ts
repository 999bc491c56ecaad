// `npm run bench:ingest`: what storing costs on top of extraction, and how fast a big consensus sheet is.
//   1. extraction alone (one thread) over N generated articles (N ≥ 20,000), then the same articles
//      ingested into a fresh SQLite file the way `hearsay ingest` does it (extraction and signatures on
//      worker threads, one transaction per article on the main thread), then extraction alone again;
//      ratio = ingest rate / extraction rate (target ≥ 0.7).
//   2. `hearsay show` for a device with ≥ 10,000 claims: median time of the consensus sheet (target
//      < 50 ms) beside a trivial query's median on the same database.
//
//   node --import tsx scripts/bench/ingest.ts [--articles 20000] [--claims 10000] [--runs 21]
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { deviceConsensus } from '../../src/consensus/index.js';
import type { Article } from '../../src/core/types.js';
import { openStore } from '../../src/db/index.js';
import { extractClaims } from '../../src/extract/index.js';
import { availableParallelism } from 'node:os';
import { defaultWorkerCount, PreparePool } from '../../src/app/prepare-pool.js';
import { Recorder } from '../../src/app/recorder.js';
import { Ledger, type RecordOutcome } from '../../src/ledger/index.js';
import { buildCorpusOfCount, flag, median, prng } from './corpus.js';

const ARTICLES = Math.max(1, flag('articles', 20_000));
const TARGET_CLAIMS = Math.max(1, flag('claims', 10_000));
const RUNS = Math.max(3, flag('runs', 21));
const PUBLISHERS = [
  'Signal Bar',
  'Pocket Circuit',
  'Tap Report',
  'Chip Weekly',
  'Leak Wire',
  'Gadget Post',
  'Mobile Minute',
];

const encoder = new TextEncoder();
const corpus = buildCorpusOfCount(ARTICLES);
const articles: Article[] = corpus.articles.map((a, i) => ({
  text: a.text,
  format: 'text',
  title: null,
  published: a.published,
  publisher: PUBLISHERS[i % PUBLISHERS.length] ?? null,
  authors: [],
  url: `https://bench.test/${i}`,
}));
const bytes = articles.reduce((sum, a) => sum + encoder.encode(a.text).length, 0);
console.log(`corpus: ${articles.length} articles, ${(bytes / 1e6).toFixed(1)} MB (from ${corpus.origin})`);

function extractAll(): number {
  const start = performance.now();
  let claims = 0;
  for (const article of articles) claims += extractClaims(article).result.claims.length;
  const ms = performance.now() - start;
  console.log(`  extraction alone: ${(ms / 1000).toFixed(1)} s, ${claims} claims`);
  return ms;
}

const dbFile = path.join(tmpdir(), `hearsay-bench-ingest-${process.pid}.db`);
const cleanup = () => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true });
};
cleanup();

// Warm-up: JIT both paths on a slice before timing.
for (const article of articles.slice(0, 300)) extractClaims(article);

const extractBefore = extractAll();
const store = await openStore(dbFile);
const ledger = new Ledger(store);
const statuses: Record<string, number> = {};
// The same path as `hearsay ingest`: extraction on worker threads, one transaction per article here.
const pool = new PreparePool();
const recorder = new Recorder(ledger, pool);
const ingestStart = performance.now();
let stored = 0;
const window: Promise<RecordOutcome>[] = [];
const count = (outcome: RecordOutcome) => {
  statuses[outcome.status] = (statuses[outcome.status] ?? 0) + 1;
  if (outcome.status !== 'known') stored += outcome.claims;
};
for (const [i, article] of articles.entries()) {
  const { outcome } = await recorder.submit(
    { article, raw: encoder.encode(article.text), today: '2026-01-01' },
    `#${i}`,
  );
  window.push(outcome);
  if (window.length >= 16) count(await (window.shift() as Promise<RecordOutcome>));
}
for (const outcome of window) count(await outcome);
const ingestMs = performance.now() - ingestStart;
await pool.close();
console.log(
  `  ingest:           ${(ingestMs / 1000).toFixed(1)} s, ${stored} claims stored; ${JSON.stringify(statuses)}`,
);
const extractAfter = extractAll();
const extractMs = (extractBefore + extractAfter) / 2;

const ingestRate = articles.length / (ingestMs / 1000);
const extractRate = articles.length / (extractMs / 1000);
const ratio = ingestRate / extractRate;

// A device with ≥ TARGET_CLAIMS claims: short generated reports about one phone, each with different figures.
const random = prng(7);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
let bigClaims = 0;
let day = 0;
while (bigClaims < TARGET_CLAIMS) {
  const published = new Date(Date.UTC(2030, 0, 1) + (day++ % 700) * 86_400_000).toISOString().slice(0, 10);
  const text =
    `The Galaxy S99 Ultra will have a ${pick([5000, 5500, 6000, 6500])}mAh battery and ${pick([12, 16, 24])}GB of RAM, ` +
    `according to ${pick(['Ice Universe', 'Revegnus', 'a supply-chain source', 'OnLeaks'])}. ` +
    `It is said to charge at ${pick([45, 65, 80])}W and to cost $${pick([1299, 1399, 1499])}. Report ${day}.`;
  const outcome = await ledger.record({
    article: { text, format: 'text', title: null, published, publisher: pick(PUBLISHERS), authors: [], url: null },
    raw: encoder.encode(text),
    today: published,
  });
  if (outcome.status !== 'known') bigClaims += outcome.claims;
}
const device = await ledger.requireDevice('Galaxy S99 Ultra');
const deviceClaims = (await ledger.claimsFor(device)).length;

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
const showMs = await timeRuns(() => deviceConsensus(ledger, 'Galaxy S99 Ultra', { currency: 'EUR' }));
const trivialMs = await timeRuns(() => sql`select 1 as one`.execute(store.db));
await store.close();
cleanup();

console.log('');
console.log(`ingest:     ${ingestRate.toFixed(0)} articles/s (${(bytes / 1e6 / (ingestMs / 1000)).toFixed(2)} MB/s)`);
console.log(`extraction: ${extractRate.toFixed(0)} articles/s (${(bytes / 1e6 / (extractMs / 1000)).toFixed(2)} MB/s)`);
console.log(
  `workers: ${defaultWorkerCount()} extraction thread(s) beside the writing thread (${availableParallelism()} cores)`,
);
console.log(`ratio ingest/extraction: ${ratio.toFixed(2)} (target ≥ 0.70: ${ratio >= 0.7 ? 'met' : 'NOT met'})`);
console.log(
  `show (${deviceClaims} claims, --currency EUR): median ${showMs.toFixed(1)} ms over ${RUNS} runs (target < 50 ms: ${showMs < 50 ? 'met' : 'NOT met'}); trivial query median ${trivialMs.toFixed(2)} ms`,
);
