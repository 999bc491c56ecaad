// The import direction of docs/architecture.md, checked by dependency-cruiser with the project's
// own .dependency-cruiser.cjs (the same rules `npm run lint` runs), so `npm test` catches an arrow
// that points the wrong way.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The package exports no package.json or bin path, so find the CLI beside its main module.
const depcruiseBin = path.resolve(
  path.dirname(fileURLToPath(import.meta.resolve('dependency-cruiser'))),
  '../../bin/dependency-cruise.mjs',
);

interface Violation {
  from: string;
  to: string;
  rule: { name: string; severity: string };
  cycle?: { name: string }[];
}
interface CruiseSummary {
  violations: Violation[];
  totalCruised: number;
}

/** Runs dependency-cruiser over `src` in `cwd` with the project's config; returns its summary. */
function cruise(cwd: string): Promise<CruiseSummary> {
  const config = path.join(root, '.dependency-cruiser.cjs');
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [depcruiseBin, '--config', config, '--output-type', 'json', 'src'],
      { cwd, maxBuffer: 64 * 1024 * 1024 },
      // depcruise exits non-zero when it finds violations; the JSON on stdout is what we read.
      (error, stdout, stderr) => {
        try {
          resolve((JSON.parse(stdout) as { summary: CruiseSummary }).summary);
        } catch {
          reject(new Error(`dependency-cruiser produced no report: ${stderr || error?.message}`));
        }
      },
    );
  });
}

function describe(v: Violation): string {
  const cycle = v.cycle ? ` (cycle: ${v.cycle.map((c) => c.name).join(' → ')})` : '';
  return `${v.rule.name}: ${v.from} → ${v.to}${cycle}`;
}

test('architecture: src/ imports only in the allowed direction (.dependency-cruiser.cjs)', async () => {
  const summary = await cruise(root);
  assert.ok(summary.totalCruised > 0, 'dependency-cruiser found no modules under src/');
  const errors = summary.violations.filter((v) => v.rule.severity === 'error');
  assert.deepEqual(errors.map(describe), [], 'import-direction violations (see docs/architecture.md)');
});

test('architecture: the rules catch a wrong-way import (self-test)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hearsay-arch-'));
  try {
    copyFileSync(path.join(root, 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
    for (const sub of ['src/core', 'src/extract', 'src/ingest']) mkdirSync(path.join(dir, sub), { recursive: true });
    writeFileSync(
      path.join(dir, 'src/core/types.ts'),
      "import { x } from '../extract/index.js';\nexport const y = x;\n",
    );
    writeFileSync(
      path.join(dir, 'src/extract/index.ts'),
      "import type { A } from '../ingest/a.js';\nexport const x: A = 1;\n",
    );
    writeFileSync(
      path.join(dir, 'src/ingest/a.ts'),
      "import { y } from '../core/types.js';\nexport type A = typeof y;\n",
    );
    const rules = new Set((await cruise(dir)).violations.map((v) => v.rule.name));
    for (const expected of ['core-imports-nothing', 'extract-only-core', 'no-circular']) {
      assert.ok(rules.has(expected), `expected a ${expected} violation, got: ${[...rules].join(', ') || 'none'}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
