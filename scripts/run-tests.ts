// `npm test`: run every src/**/*.test.ts and test/**/*.test.ts with node's test runner.
//
// Node 20's runner does not expand globs, so we list the files ourselves and hand them over
// explicitly. Extra arguments go to `node --test` (e.g. `npm test -- --test-name-pattern sony-z1s`);
// a path among them (a test file or a folder) narrows the run to the tests under it.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TEST_ROOTS = ['src', 'test'];
const SKIP_DIRS = new Set(['node_modules', '.git', 'bench-data']);
// node --test options that take their value as the next argument.
const VALUE_FLAGS = new Set([
  '--test-name-pattern',
  '--test-skip-pattern',
  '--test-reporter',
  '--test-reporter-destination',
  '--test-concurrency',
  '--test-timeout',
  '--test-shard',
  '--test-isolation',
  '--import',
  '--require',
  '-r',
]);

function isTestFile(file: string): boolean {
  return file.endsWith('.test.ts');
}

function findTests(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const parts = entry.split(path.sep);
    if (parts.some((p) => SKIP_DIRS.has(p))) continue;
    if (!isTestFile(entry)) continue;
    const full = path.join(dir, entry);
    if (statSync(full).isFile()) found.push(full);
  }
  return found;
}

function toRelative(file: string): string {
  return path.relative(root, file) || '.';
}

const passthrough: string[] = [];
const selected: string[] = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i] as string;
  if (arg.startsWith('-')) {
    passthrough.push(arg);
    if (VALUE_FLAGS.has(arg) && i + 1 < args.length) passthrough.push(args[++i] as string);
    continue;
  }
  const full = path.resolve(arg);
  if (existsSync(full) && statSync(full).isDirectory()) {
    selected.push(...findTests(full));
  } else if (existsSync(full) && isTestFile(full)) {
    selected.push(full);
  } else {
    passthrough.push(arg);
  }
}

const files = (selected.length > 0 ? [...new Set(selected)] : TEST_ROOTS.flatMap((d) => findTests(path.join(root, d))))
  .map(toRelative)
  .sort();

if (files.length === 0) {
  process.stderr.write('run-tests: no *.test.ts files found under src/ or test/\n');
  process.exit(1);
}

const child = spawn(process.execPath, ['--import', 'tsx', '--test', ...passthrough, ...files], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  process.exit(signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1));
});
