// Robustness check for the feed parser: parse every file under DIR and count what happened. Every file should
// parse or be refused with a ParseError; anything else is a crash, and a file taking over 1 s is a hang.
// Files are parsed in a child process, so a real infinite loop is stopped (after --kill-after ms) and reported
// instead of freezing the run.
// usage: node --import tsx scripts/check-feeds.ts DIR [--kill-after MS]
import { fork } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ParseError } from '../src/core/errors.js';
import { parseFeed } from '../src/ingest/feeds/index.js';

type Outcome =
  | { file: string; ms: number; kind: 'parsed'; entries: number }
  | { file: string; ms: number; kind: 'refused'; reason: string }
  | { file: string; ms: number; kind: 'crashed'; error: string };

const HANG_MS = 1000;

function parseOne(file: string): Outcome {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { file, ms: 0, kind: 'crashed', error: `could not read the file: ${String(error)}` };
  }
  const started = performance.now();
  try {
    const feed = parseFeed(bytes, file);
    return { file, ms: performance.now() - started, kind: 'parsed', entries: feed.entries.length };
  } catch (error) {
    const ms = performance.now() - started;
    if (error instanceof ParseError) return { file, ms, kind: 'refused', reason: error.reason };
    const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
    return { file, ms, kind: 'crashed', error: text };
  }
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((entry) => path.join(dir, entry))
    .filter((file) => statSync(file).isFile())
    .sort();
}

const CHILD_FLAG = '--parse-in-child';

/** Parses `files` from `start` in a child process; resolves with the index where a hung file stopped it, or files.length. */
function runChild(files: string[], start: number, killAfter: number, outcomes: Outcome[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [CHILD_FLAG], { execArgv: ['--import', 'tsx'] });
    let next = start;
    let timer = setTimeout(() => child.kill(), killAfter);
    child.on('message', (outcome: Outcome) => {
      outcomes.push(outcome);
      next++;
      clearTimeout(timer);
      // With every file answered, closing the channel lets the child exit by itself.
      if (next === files.length) child.disconnect();
      else timer = setTimeout(() => child.kill(), killAfter);
    });
    child.on('error', reject);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(next);
    });
    child.send({ files, start });
  });
}

function percent(n: number, total: number): string {
  return total === 0 ? '0%' : `${((100 * n) / total).toFixed(1)}%`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const killAt = args.indexOf('--kill-after');
  const killAfter = killAt >= 0 ? Number(args[killAt + 1]) : 10_000;
  const dir = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--kill-after');
  if (!dir) {
    process.stderr.write('usage: node --import tsx scripts/check-feeds.ts DIR [--kill-after MS]\n');
    process.exit(2);
  }
  const files = listFiles(dir);
  const outcomes: Outcome[] = [];
  const hung: string[] = [];
  for (let at = 0; at < files.length;) {
    at = await runChild(files, at, killAfter, outcomes);
    if (at < files.length) hung.push(files[at++] as string);
  }

  const parsed = outcomes.filter((o) => o.kind === 'parsed');
  const withEntries = parsed.filter((o) => o.entries > 0).length;
  const refused = outcomes.filter((o) => o.kind === 'refused');
  const crashed = outcomes.filter((o) => o.kind === 'crashed');
  const reasons = new Map<string, number>();
  for (const o of refused) reasons.set(o.reason, (reasons.get(o.reason) ?? 0) + 1);
  const slow = outcomes.filter((o) => o.ms > HANG_MS);
  const slowest = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 3);
  const total = files.length;
  const rel = (file: string) => path.relative(dir, file);

  const lines = [
    `check-feeds: ${total} files under ${dir}`,
    `parsed:  ${parsed.length} (${percent(parsed.length, total)}): ${withEntries} with entries, ${parsed.length - withEntries} with none`,
    `refused: ${refused.length} (${percent(refused.length, total)}) with a ParseError`,
    ...[...reasons]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([reason, count]) => `  ${String(count).padStart(5)}  ${reason}`),
    `crashed: ${crashed.length}`,
    ...crashed.map((o) => `  ${rel(o.file)}: ${o.error.split('\n').slice(0, 3).join(' | ')}`),
    `hung:    ${hung.length} (stopped after ${killAfter} ms)`,
    ...hung.map((file) => `  ${rel(file)}`),
    `over ${HANG_MS} ms: ${slow.length}`,
    ...slow.map((o) => `  ${rel(o.file)}: ${o.ms.toFixed(0)} ms`),
    `slowest: ${slowest.map((o) => `${rel(o.file)} (${o.ms.toFixed(1)} ms)`).join(', ')}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
  process.exitCode = crashed.length + hung.length + slow.length > 0 ? 1 : 0;
}

if (process.argv.includes(CHILD_FLAG)) {
  process.once('message', ({ files, start }: { files: string[]; start: number }) => {
    for (let i = start; i < files.length; i++) process.send?.(parseOne(files[i] as string));
  });
} else {
  await main();
}
