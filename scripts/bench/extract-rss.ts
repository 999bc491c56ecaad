// `npm run bench:rss`: peak memory of `bin/hearsay extract DIR --jsonl > /dev/null` over ~100 MB of
// article files (target: under 300 MB; the CLI must stream, not hold the folder in memory).
// Measured with GNU `/usr/bin/time -v` when present, else by sampling the process's VmHWM.
//
//   node --import tsx scripts/bench/extract-rss.ts [--mb 100]
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { flag, mb, root, writeCorpusFiles } from './corpus.js';

const TARGET_MB = 300;
const GNU_TIME = '/usr/bin/time';
const minMB = flag('mb', 100);
const dir = path.join(root, 'bench-data/rss');
const hearsay = path.join(root, 'bin/hearsay');

if (!existsSync(hearsay)) {
  console.error(`bench: ${path.relative(root, hearsay)} does not exist yet`);
  process.exit(1);
}

const corpus = writeCorpusFiles(dir, { minBytes: minMB * 1e6 });
console.log(`files: ${path.relative(root, dir)}: ${corpus.origin}, ${mb(corpus.bytes)}`);

interface Run {
  code: number | null;
  ms: number;
  peakKiB: number | null;
  stderr: string;
}

function vmHwmKiB(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null; // the process has already exited
  }
}

function run(): Promise<Run> {
  const useTime = existsSync(GNU_TIME);
  const args = ['extract', dir, '--jsonl'];
  const [command, argv] = useTime ? [GNU_TIME, ['-v', hearsay, ...args]] : [hearsay, args];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, argv, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.length > 100_000) stderr = stderr.slice(-50_000);
    });
    let sampled: number | null = null;
    const timer = useTime
      ? undefined
      : setInterval(() => {
          const kib = child.pid ? vmHwmKiB(child.pid) : null;
          if (kib !== null) sampled = Math.max(sampled ?? 0, kib);
        }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - start;
      const reported = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({ code, ms, peakKiB: reported ? Number(reported[1]) : sampled, stderr });
    });
  });
}

const result = await run();
const peakMB = result.peakKiB === null ? null : (result.peakKiB * 1024) / 1e6;
console.log(
  `bin/hearsay extract --jsonl: exit ${result.code}, ${(result.ms / 1000).toFixed(1)} s, ` +
    `${(corpus.bytes / 1e6 / (result.ms / 1000)).toFixed(2)} MB/s`,
);
console.log(
  peakMB === null
    ? 'peak RSS: not measured'
    : `peak RSS: ${peakMB.toFixed(0)} MB (target < ${TARGET_MB} MB: ${peakMB < TARGET_MB ? 'met' : 'NOT met'})` +
        (existsSync(GNU_TIME) ? '' : ' (sampled from /proc; may miss a short spike)'),
);
if (result.code !== 0) {
  // GNU time's own report lines start with a tab; the rest is hearsay's stderr.
  const own = result.stderr.split('\n').filter((line) => !line.startsWith('\t'));
  console.error(`bench: hearsay failed:\n${own.slice(0, 20).join('\n')}`);
  process.exit(1);
}
