// `npm run bench:extract-files`: the speed target measured from outside. Writes N article files
// (default 3000) to bench-data/files/, then times whole processes over them:
//   bin/hearsay extract bench-data/files --jsonl > /dev/null
//   node --import tsx scripts/bench/wink-files.ts bench-data/files > /dev/null
// each the median of several runs, and prints the ratio (target: hearsay ≥ 2× wink-nlp).
//
//   node --import tsx scripts/bench/extract-files.ts [--files 3000] [--runs 3]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { flag, mb, median, root, writeCorpusFiles } from './corpus.js';

const TARGET_RATIO = 2;
const files = flag('files', 3000);
const runs = Math.max(1, flag('runs', 3));
const dir = path.join(root, 'bench-data/files');
const hearsay = path.join(root, 'bin/hearsay');

if (!existsSync(hearsay)) {
  console.error(`bench: ${path.relative(root, hearsay)} does not exist yet`);
  process.exit(1);
}

/** Runs a whole process with stdout discarded; resolves to its wall time in ms, rejects on failure. */
function timeProcess(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      if (code === 0) resolve(ms);
      else reject(new Error(`${path.relative(root, command) || command} exited with ${code}\n${stderr.trim()}`));
    });
  });
}

const corpus = writeCorpusFiles(dir, { files });
console.log(`files: ${path.relative(root, dir)}: ${corpus.origin}, ${mb(corpus.bytes)}`);

const sides = [
  { name: 'bin/hearsay extract --jsonl', command: hearsay, args: ['extract', dir, '--jsonl'] },
  {
    name: 'wink-nlp (wink-files.ts)',
    command: process.execPath,
    args: ['--import', 'tsx', path.join(root, 'scripts/bench/wink-files.ts'), dir],
  },
];
const times = new Map<string, number[]>(sides.map((s) => [s.name, []]));
let failed = false;
for (let i = 0; i < runs; i++) {
  for (const side of sides) {
    try {
      times.get(side.name)!.push(await timeProcess(side.command, side.args));
    } catch (e) {
      console.error(`bench: ${side.name}: ${(e as Error).message}`);
      failed = true;
    }
  }
}

const rate = (ms: number) => corpus.bytes / 1e6 / (ms / 1000);
const medians = sides.map((s) => median(times.get(s.name)!));
for (const [i, side] of sides.entries()) {
  const all = times.get(side.name)!;
  if (all.length === 0) continue;
  console.log(
    `${side.name.padEnd(30)} median ${(medians[i]! / 1000).toFixed(2)} s  ${rate(medians[i]!).toFixed(2)} MB/s  ` +
      `(${all.length} runs: ${all.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s)`,
  );
}
if (times.get(sides[0]!.name)!.length > 0 && times.get(sides[1]!.name)!.length > 0) {
  const ratio = medians[1]! / medians[0]!;
  console.log(
    `ratio hearsay/wink (whole process): ${ratio.toFixed(2)}× (target ≥ ${TARGET_RATIO}×: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'})`,
  );
}
process.exit(failed ? 1 : 0);
