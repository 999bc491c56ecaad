// `hearsay catalog import` end to end on a real SQLite file, with a spec sheet written for this test: values
// matched to a device the ledger knows, a device it does not know yet, bad cells reported by line, a
// re-import that changes nothing, and a corrected sheet that regrades with a trail.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-db.js';

const HISTORY = fileURLToPath(new URL('../fixtures/grade/history/', import.meta.url));
const tmp = tempDir('hearsay-catalog-e2e-');
after(() => tmp.remove());
const db = tmp.file('catalog.db');

const SHEET = [
  'name,brand,announced,released,display_size_in,display_resolution,chipset,ram_gb,storage_gb,rear_camera_mp,front_camera_mp,battery_mah,weight_g,price,status',
  'Edge 90 Neo,Motorola,2025-05-20,2025-05-29,6.6,1220 x 2712,MediaTek Dimensity 8400,12,256,50,32,5000,186,499 USD,Available',
  '"Orbit 3, Pro",Acme,"2026, March",,6.1 inches,,Orbit X1,8,"128,256",48 MP,12 MP,lots,171 g,$ 599 / € 649,',
  'Concept Fold,Acme,2025,,,,,,,,,,,,Cancelled',
  ',Acme,2025-01-01,,,,,,,,,,,,',
  'Edge 90 Neo,Motorola,2025-05-20,,,,,,,,,4800,,,',
].join('\n');

interface ImportResult {
  rows: number;
  devices: number;
  added: number;
  unchanged: number;
  cancelled: number;
  matched: number;
  problems: { line: number; column: string; reason: string }[];
  regrade: { first: number; changed: number };
}

async function importSheet(text: string, name: string): Promise<ImportResult> {
  const file = tmp.file(name);
  writeFileSync(file, text);
  const run = await runCli(['catalog', 'import', file, '--db', db, '--json']);
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as ImportResult;
}

describe('catalog import through the CLI', () => {
  before(async () => {
    // The leaks only, not the launch article: the catalog is the only source of official values here.
    const run = await runCli([
      'ingest',
      `${HISTORY}01-steady-leaks.md`,
      `${HISTORY}03-wild-guessr.md`,
      '--db',
      db,
      '--quiet',
    ]);
    assert.equal(run.code, 0, run.stderr);
  });

  it('imports what it can read, reports the rest by line and column, and grades the claims', async () => {
    const result = await importSheet(SHEET, 'sheet.csv');
    assert.equal(result.rows, 5);
    assert.equal(result.devices, 3);
    assert.equal(result.matched, 1);
    assert.equal(result.cancelled, 1);
    // Edge 90 Neo: 12 values (two dates, display size and resolution, chipset, RAM, storage, two cameras,
    // battery, weight, price). Orbit 3, Pro: announce date, size, chipset, RAM, storage, two cameras, weight,
    // two prices = 10. Concept Fold: its announce year = 1.
    assert.equal(result.added, 23);
    assert.deepEqual(
      result.problems.map((p) => [p.line, p.column]),
      [
        [3, 'battery_mah'],
        [5, 'name'],
        [6, 'name'],
      ],
    );
    // Each tipster's five claims less the charging claim (the sheet has no charging column): 8 graded.
    assert.equal(result.regrade.first, 8);
    const sources = JSON.parse((await runCli(['sources', '--json', '--db', db])).stdout) as {
      source: string;
      right: number;
      wrong: number;
      medianLeadDays: number;
    }[];
    assert.deepEqual(
      sources.map((s) => [s.source, s.right, s.wrong, s.medianLeadDays]),
      [
        ['@SteadyLeaks', 4, 0, 126],
        ['@WildGuessr', 0, 4, 99],
      ],
    );
  });

  it('changes nothing when the same sheet is imported again', async () => {
    const again = await importSheet(SHEET, 'sheet.csv');
    assert.deepEqual([again.added, again.unchanged, again.regrade.first, again.regrade.changed], [0, 23, 0, 0]);
  });

  it('regrades with a trail when a corrected sheet changes a value', async () => {
    const corrected = await importSheet(SHEET.replace(',5000,186,', ',5150,186,'), 'corrected.csv');
    assert.equal(corrected.added, 1);
    // 5000 against 5150 is 2.9% off: @SteadyLeaks' battery goes from right to partly; 6500 stays wrong.
    assert.equal(corrected.regrade.changed, 2);
    const grades = JSON.parse((await runCli(['grades', 'Edge 90 Neo', '--json', '--db', db])).stdout) as {
      trail: { replaces: number | null; grade: string; reason: string }[];
    };
    const changes = grades.trail.filter((t) => t.replaces !== null);
    assert.deepEqual(changes.map((c) => c.grade).sort(), ['partly', 'wrong']);
    assert.ok(changes.every((c) => /official battery_mah changed from 5000 to 5150/.test(c.reason)));
  });

  it('refuses a file with no name column, and a broken quote, with one clear line', async () => {
    const file = tmp.file('bad.csv');
    writeFileSync(file, 'model_year,price\n2024,100\n');
    const run = await runCli(['catalog', 'import', file, '--db', db]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /bad\.csv: no name column/);
    writeFileSync(file, 'name,price\n"Edge 90 Neo,499 USD\n');
    const broken = await runCli(['catalog', 'import', file, '--db', db]);
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /bad\.csv:2: a quoted field is never closed/);
  });
});
