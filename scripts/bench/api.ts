// `npm run bench:api`: bounded load on loopback against `hearsay serve` (its own process, as deployed).
//   1. builds a SQLite file with a device of ≥ 1,000 claims (generated leak reports about one phone);
//   2. checks the size of that device's JSON (target < 100 KB);
//   3. autocannon, alternating endpoints in the same run: the device endpoint and /healthz (a static
//      endpoint of the same server), R rounds each; prints requests/s, p50/p99 latency, errors, and the
//      ratio device/static of requests/s (target ≥ 0.5, zero errors). Requests carry the Accept-Encoding a
//      browser sends (so the device JSON goes compressed); a round without it is printed for context;
//   4. for the record: the device endpoint with its response cache missed on every request (distinct
//      pages of claims), and the first, cold request — no target.
//
//   node --import tsx scripts/bench/api.ts [--claims 1000] [--seconds 8] [--rounds 2] [--connections 10]
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { openHearsay } from '../../src/app/index.js';
import { flag, median, prng, root } from './corpus.js';

const TARGET_CLAIMS = Math.max(1, flag('claims', 1000));
const SECONDS = Math.max(1, flag('seconds', 8));
const ROUNDS = Math.max(1, flag('rounds', 2));
const CONNECTIONS = Math.max(1, flag('connections', 10));
const PUBLISHERS = ['Signal Bar', 'Pocket Circuit', 'Tap Report', 'Chip Weekly', 'Leak Wire', 'Gadget Post'];
const SOURCES = ['Ice Universe', 'Revegnus', 'a supply-chain source', 'OnLeaks', 'Yogesh Brar'];
const DEVICE = 'Galaxy S99 Ultra';
// What Chromium sends; the server picks brotli from it.
const BROWSER_ENCODING = 'gzip, deflate, br, zstd';

/** A GET whose body is returned as sent (fetch would decompress it). */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

const dbFile = path.join(tmpdir(), `hearsay-bench-api-${process.pid}.db`);
const cleanup = () => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true });
};
cleanup();

// 1. A device with ≥ TARGET_CLAIMS claims.
const hearsay = await openHearsay(dbFile);
const random = prng(11);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
const encoder = new TextEncoder();
let claims = 0;
let day = 0;
while (claims < TARGET_CLAIMS) {
  const published = new Date(Date.UTC(2030, 0, 1) + (day++ % 700) * 86_400_000).toISOString().slice(0, 10);
  const text =
    `The Samsung ${DEVICE} will have a ${pick([5000, 5500, 6000, 6500])}mAh battery and ${pick([12, 16, 24])}GB of RAM, ` +
    `according to ${pick(SOURCES)}. It is said to charge at ${pick([45, 65, 80])}W and to cost $${pick([1299, 1399, 1499])}. ` +
    `Report ${day}.`;
  const outcome = await hearsay.ledger.record({
    article: { text, format: 'text', title: null, published, publisher: pick(PUBLISHERS), authors: [], url: null },
    raw: encoder.encode(text),
    today: published,
  });
  if (outcome.status !== 'known') claims += outcome.claims;
}
const stored = (await hearsay.ledger.claimsFor(await hearsay.ledger.requireDevice(DEVICE))).length;
await hearsay.close();
console.log(`database: ${stored} claims for ${DEVICE} in ${day} articles (${dbFile})`);

// The server in its own process, as `hearsay serve` runs it.
const server = spawn(
  path.join(root, 'bin/hearsay'),
  ['serve', '--port', '0', '--db', dbFile, '--log-level', 'silent'],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const base = await new Promise<string>((resolve, reject) => {
  let out = '';
  server.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    const match = /serving (http:\/\/[^\s/]+)/.exec(out);
    if (match) resolve(match[1] as string);
  });
  server.on('exit', (code) => reject(new Error(`hearsay serve exited with ${code}`)));
});
const stop = () => server.kill('SIGTERM');

try {
  // 2. Sizes.
  const devicePath = `/api/v1/devices/${encodeURIComponent(DEVICE)}`;
  const coldStart = performance.now();
  const first = await fetch(`${base}${devicePath}`);
  const body = await first.text();
  const coldMs = performance.now() - coldStart;
  const sheet = JSON.parse(body) as { claims: { total: number; items: unknown[] } };
  const pages = [];
  for (let offset = 0; offset < sheet.claims.total; offset += 500) {
    pages.push(await (await fetch(`${base}${devicePath}?claimsLimit=500&claimsOffset=${offset}`)).text());
  }
  const allClaimsBytes = pages.reduce((sum, p) => sum + Buffer.byteLength(p), 0);
  const bytes = Buffer.byteLength(body);
  const compressedBytes = async (encoding: string) => {
    const response = await rawGet(`${base}${devicePath}`, { 'accept-encoding': encoding });
    return `${encoding} ${(response.body.length / 1024).toFixed(1)} KB (${response.headers['content-encoding'] ?? 'identity'})`;
  };
  console.log(
    `device JSON: ${(bytes / 1024).toFixed(1)} KB with the first ${sheet.claims.items.length} of ${sheet.claims.total} claims (target < 100 KB: ${bytes < 100 * 1024 ? 'met' : 'NOT met'}); ` +
      `every claim inline would take ${(allClaimsBytes / 1024).toFixed(0)} KB over ${pages.length} pages of 500, hence the paging`,
  );
  console.log(`device JSON on the wire: ${await compressedBytes(BROWSER_ENCODING)}, ${await compressedBytes('gzip')}`);

  // 3. Load, alternating so both endpoints see the same machine conditions.
  type Run = { rps: number; p50: number; p99: number; errors: number; non2xx: number; requests: number };
  const load = async (
    url: string,
    extra: Partial<autocannon.Options> = {},
    encoding: string | null = BROWSER_ENCODING,
  ): Promise<Run> => {
    const headers = encoding === null ? {} : { 'accept-encoding': encoding };
    const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers, ...extra });
    return {
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      requests: result.requests.total,
    };
  };
  // Warm-up: JIT, the prepared-statement cache, the response cache.
  await load(`${base}${devicePath}`, { duration: 2 });
  await load(`${base}/healthz`, { duration: 2 });
  const device: Run[] = [];
  const healthz: Run[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    device.push(await load(`${base}${devicePath}`));
    healthz.push(await load(`${base}/healthz`));
    const d = device.at(-1) as Run;
    const h = healthz.at(-1) as Run;
    console.log(
      `round ${round}: device ${d.rps.toFixed(0)} req/s p50 ${d.p50} ms p99 ${d.p99} ms (${d.errors} errors, ${d.non2xx} non-2xx) | ` +
        `/healthz ${h.rps.toFixed(0)} req/s p50 ${h.p50} ms p99 ${h.p99} ms (${h.errors} errors, ${h.non2xx} non-2xx) | ratio ${(d.rps / h.rps).toFixed(2)}`,
    );
  }
  // For context: a client that does not accept compression gets the full 40-odd KB every time.
  const identity = {
    device: await load(`${base}${devicePath}`, {}, null),
    healthz: await load(`${base}/healthz`, {}, null),
  };

  // 4. Response cache missed every time: 1,000 distinct query strings (pages of claims) cycle through a
  //    500-entry LRU; the sheet, timeline and grades under them are computed once per data revision.
  let n = 0;
  const miss = await load(`${base}${devicePath}`, {
    requests: [
      {
        setupRequest: (req) => {
          const i = n++ % 1000;
          return { ...req, path: `${devicePath}?claimsLimit=${1 + (i >> 1)}&claimsOffset=${i & 1}` };
        },
      },
    ],
  });

  const med = (runs: Run[], key: keyof Run) => median(runs.map((r) => r[key]));
  // Each round pairs the two endpoints a few seconds apart, under the same load from outside: the median of
  // the per-round ratios is judged; the ratio of the medians is printed beside it.
  const ratio = median(device.map((d, i) => d.rps / (healthz[i] as Run).rps));
  const ratioOfMedians = med(device, 'rps') / med(healthz, 'rps');
  const errors = [...device, ...healthz].reduce((sum, r) => sum + r.errors + r.non2xx, 0);
  console.log('');
  console.log(`load: ${CONNECTIONS} connections, ${SECONDS} s per run, ${ROUNDS} rounds, medians over rounds`);
  console.log(
    `device (${stored} claims): ${med(device, 'rps').toFixed(0)} req/s, p50 ${med(device, 'p50')} ms, p99 ${med(device, 'p99')} ms`,
  );
  console.log(
    `/healthz (static):    ${med(healthz, 'rps').toFixed(0)} req/s, p50 ${med(healthz, 'p50')} ms, p99 ${med(healthz, 'p99')} ms`,
  );
  console.log(
    `ratio device/static:  ${ratio.toFixed(2)}, median of the rounds' ratios (target ≥ 0.50: ${ratio >= 0.5 ? 'met' : 'NOT met'}); ratio of the medians ${ratioOfMedians.toFixed(2)}; errors + non-2xx: ${errors} (target 0)`,
  );
  console.log(
    `without Accept-Encoding (context): device ${identity.device.rps.toFixed(0)} req/s, p99 ${identity.device.p99} ms | /healthz ${identity.healthz.rps.toFixed(0)} req/s | ratio ${(identity.device.rps / identity.healthz.rps).toFixed(2)}; errors + non-2xx ${identity.device.errors + identity.device.non2xx + identity.healthz.errors + identity.healthz.non2xx}`,
  );
  console.log(
    `device, response cache missed on every request: ${miss.rps.toFixed(1)} req/s, p50 ${miss.p50} ms, p99 ${miss.p99} ms (${miss.errors + miss.non2xx} errors/non-2xx; no target: paging through claims)`,
  );
  console.log(
    `device, cold (first request after start: sheet, timeline and every device's grades computed): ${coldMs.toFixed(0)} ms`,
  );
} finally {
  stop();
  await new Promise((resolve) => server.once('exit', resolve));
  cleanup();
}
