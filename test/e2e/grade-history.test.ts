// Grading end to end: a phone leaked over months by four sources of different quality, syndicated once, then
// launched; a person corrects one official value and marks another device cancelled. Everything runs through
// the real bin/hearsay on a real SQLite file. Expected figures are worked out by hand from the grading rules
// (docs/architecture.md, "Grading"): see the comments beside each.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-db.js';

const HISTORY = fileURLToPath(new URL('../fixtures/grade/history/', import.meta.url));
const tmp = tempDir('hearsay-grade-e2e-');
after(() => tmp.remove());
const db = tmp.file('grade.db');

interface Record {
  source: string;
  graded: number;
  right: number;
  partly: number;
  wrong: number;
  void: number;
  accuracy: number | null;
  medianLeadDays: number | null;
  specificityScore: number | null;
  brier: number | null;
  calibration: { from: number; claims: number; observedRate: number | null }[];
}

async function cli(...args: string[]): Promise<string> {
  const run = await runCli([...args, '--db', db]);
  assert.equal(run.code, 0, `hearsay ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout;
}

async function records(): Promise<Map<string, Record>> {
  const list = JSON.parse(await cli('sources', '--json')) as Record[];
  return new Map(list.map((r) => [r.source, r]));
}

function close(actual: number | null, expected: number, what: string): void {
  assert.ok(actual !== null && Math.abs(actual - expected) < 5e-4, `${what}: expected ${expected}, got ${actual}`);
}

/** Specificity of a window `days` wide: 1 − ln(days) / ln(730). */
const windowSpecificity = (days: number): number => 1 - Math.log(days) / Math.log(730);

describe('grading a leaked phone through the CLI', () => {
  before(async () => {
    await cli('ingest', HISTORY, '--quiet');
  });

  it('grades each source against the launch article, crediting the syndicated copy to its origin', async () => {
    const r = await records();
    // Handset Herald (launch: official claims only), Phone Digest (a copy) and Rumor Roost earn nothing themselves.
    assert.deepEqual([...r.keys()], ['@SteadyLeaks', '@WildGuessr', 'Gizmo Gossip', 'Priya Raman']);

    // @SteadyLeaks, 2025-01-14: battery 5000, 68W, Dimensity 8400, 6.6", "May 2025" — all right against the
    // launch; the copy of 2025-01-15 repeats them and is not counted. Lead: 2025-01-14 → 2025-05-20 = 126 days.
    const steady = r.get('@SteadyLeaks') as Record;
    assert.deepEqual([steady.graded, steady.right, steady.partly, steady.wrong], [5, 5, 0, 0]);
    close(steady.accuracy, 1, 'steady accuracy');
    assert.equal(steady.medianLeadDays, 126);
    close(steady.specificityScore, (4 + windowSpecificity(31)) / 5, 'steady score');
    close(steady.brier, 0.16, 'steady brier'); // (0.6 − 1)² for each
    assert.deepEqual(
      steady.calibration.map((b) => b.claims),
      [0, 0, 0, 5, 0],
    );

    // @WildGuessr, 2025-02-10: 6500mAh, 125W, Snapdragon 8 Elite, March 2025, $699: all wrong; lead 99 days.
    const wild = r.get('@WildGuessr') as Record;
    assert.deepEqual([wild.graded, wild.right, wild.partly, wild.wrong], [5, 0, 0, 5]);
    close(wild.accuracy, 0, 'wild accuracy');
    assert.equal(wild.medianLeadDays, 99);
    close(wild.brier, 0.36, 'wild brier');

    // Gizmo Gossip (unnamed sources: credited to the publisher), 2025-03-20, stance 0.55: 6.7" against 6.6"
    // (partly: within 0.2), 5100 against 5000 mAh (partly: 2%), 199 g against 186 g (wrong: 7%), 256 GB right.
    const gizmo = r.get('Gizmo Gossip') as Record;
    assert.deepEqual([gizmo.graded, gizmo.right, gizmo.partly, gizmo.wrong], [4, 1, 2, 1]);
    close(gizmo.accuracy, 0.5, 'gizmo accuracy');
    assert.equal(gizmo.medianLeadDays, 61);
    close(gizmo.brier, (0.45 ** 2 + 2 * 0.05 ** 2 + 0.55 ** 2) / 4, 'gizmo brier');

    // Priya Raman, 2025-03-05: "first half of 2025" right (181 days wide), $499 right, "8GB or 12GB" partly
    // against 12 (one of two; specificity ½).
    const raman = r.get('Priya Raman') as Record;
    assert.deepEqual([raman.graded, raman.right, raman.partly, raman.wrong], [3, 2, 1, 0]);
    close(raman.accuracy, 2.5 / 3, 'raman accuracy');
    assert.equal(raman.medianLeadDays, 76);
    close(raman.specificityScore, (windowSpecificity(181) + 1 + 0.5 * 0.5) / 3, 'raman score');
    close(raman.brier, (0.16 + 0.16 + 0.01) / 3, 'raman brier');
  });

  it('filters the leaderboard by brand', async () => {
    const motorola = JSON.parse(await cli('sources', '--brand', 'motorola', '--json')) as Record[];
    assert.equal(motorola.length, 4);
    assert.deepEqual(JSON.parse(await cli('sources', '--brand', 'Samsung', '--json')), []);
  });

  it('trusts a source with a bad record less next time, and shows both figures', async () => {
    const detail = JSON.parse(await cli('source', '@wildguessr', '--json')) as {
      claims: { device: string; grade: string; stanceConfidence: number; recordConfidence: number }[];
    };
    const later = detail.claims.filter((c) => c.device === 'Motorola Edge 100 Neo');
    assert.equal(later.length, 2);
    for (const c of later) {
      assert.equal(c.grade, 'pending');
      assert.equal(c.stanceConfidence, 0.6);
      // Beta prior worth 4 claims at the stance, then five wrong grades known before 2025-06-10: 2.4 / 9.
      close(c.recordConfidence, 2.4 / 9, 'record confidence');
    }
    // Claims made before any grade was known keep the stance.
    const early = detail.claims.filter((c) => c.device === 'Motorola Edge 90 Neo');
    assert.ok(early.every((c) => c.recordConfidence === c.stanceConfidence));
  });

  it('regrades with a trail when a person corrects an official value', async () => {
    const out = await cli('confirm', 'Edge 90 Neo', 'battery_mah=5100', '--source', 'Motorola support page');
    assert.match(out, /1 official values recorded/);
    // 5000 (two copies of @SteadyLeaks, and the launch article itself) right → partly; 5100 partly → right;
    // 6500 stays wrong, but against a new value.
    assert.match(out, /5 regraded/);
    const r = await records();
    const steady = r.get('@SteadyLeaks') as Record;
    assert.deepEqual([steady.right, steady.partly], [4, 1]);
    close(steady.brier, (4 * 0.16 + 0.01) / 5, 'steady brier after');
    const gizmo = r.get('Gizmo Gossip') as Record;
    assert.deepEqual([gizmo.right, gizmo.partly, gizmo.wrong], [2, 1, 1]);
    close(gizmo.accuracy, 2.5 / 4, 'gizmo accuracy after');

    const grades = JSON.parse(await cli('grades', 'Edge 90 Neo', '--json')) as {
      trail: { id: number; claimId: number; grade: string; replaces: number | null; reason: string }[];
    };
    const changes = grades.trail.filter((t) => t.replaces !== null);
    assert.equal(changes.length, 5);
    for (const change of changes) {
      assert.match(change.reason, /official battery_mah changed from 5000 to 5100/);
      const replaced = grades.trail.find((t) => t.id === change.replaces) as { claimId: number } | undefined;
      assert.equal(replaced?.claimId, change.claimId);
    }
    // Confirming the same value again records nothing and regrades nothing.
    const again = await cli('confirm', 'Edge 90 Neo', 'battery_mah=5100');
    assert.match(again, /0 official values recorded, 1 unchanged; 0 claims graded, 0 regraded/);
  });

  it('voids the claims about a cancelled device', async () => {
    await cli('confirm', 'Razr 70 Lite', '--cancelled');
    const grades = JSON.parse(await cli('grades', 'Razr 70 Lite', '--json')) as {
      cancelled: boolean;
      claims: { grade: string }[];
    };
    assert.equal(grades.cancelled, true);
    assert.deepEqual(
      grades.claims.map((c) => c.grade),
      ['void'],
    );
    const steady = (await records()).get('@SteadyLeaks') as Record;
    assert.equal(steady.void, 1);
    assert.equal(steady.graded, 5);
  });

  it('exports graded claims as ClaimReview with claimant, first appearance and rating', async () => {
    const reviews = JSON.parse(await cli('export', '--format', 'claimreview', '--source', '@SteadyLeaks')) as {
      '@type': string;
      claimReviewed: string;
      itemReviewed: { author: { name: string }; firstAppearance: { url: string }; appearance: unknown[] };
      reviewRating: { ratingValue: number; alternateName: string };
    }[];
    // Five counted claims; the syndicated copy shows as a second appearance of each, not a review of its own.
    assert.equal(reviews.length, 5);
    for (const review of reviews) {
      assert.equal(review['@type'], 'ClaimReview');
      assert.equal(review.itemReviewed.author.name, '@SteadyLeaks');
      assert.match(review.itemReviewed.firstAppearance.url, /handset-herald\/edge-90-neo-specs-leak$/);
      assert.equal(review.itemReviewed.appearance.length, 2);
    }
    const battery = reviews.find((r) => r.claimReviewed.includes('battery_mah'));
    assert.deepEqual([battery?.reviewRating.ratingValue, battery?.reviewRating.alternateName], [2, 'Partly right']);

    const json = JSON.parse(await cli('export', '--format', 'json', '--source', 'Priya Raman')) as {
      grade: string;
      leadDays: number;
      stanceConfidence: number;
      recordConfidence: number;
    }[];
    assert.deepEqual(json.map((c) => c.grade).sort(), ['partly', 'right', 'right']);
    assert.ok(json.every((c) => c.leadDays === 76 && c.stanceConfidence === 0.6 && c.recordConfidence === 0.6));

    const csv = await cli('export', '--format', 'csv', '--device', 'Edge 90 Neo');
    const lines = csv.trim().split('\n');
    assert.match(lines[0] ?? '', /^claim_id,device,attribute/);
    // 35 claims less the 2 pending successor claims and the void one: 32 graded claims of the Edge 90 Neo.
    assert.equal(lines.length - 1, 32);
  });

  it('rejects a bad value with a clear error naming it', async () => {
    const run = await runCli(['confirm', 'Edge 90 Neo', 'battery_mah=lots', '--db', db]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /grade: battery_mah=lots: no number found/);
    const unknown = await runCli(['confirm', 'Edge 90 Neo', 'flux_capacitor=1', '--db', db]);
    assert.match(unknown.stderr, /unknown attribute/);
    const missing = await runCli(['source', 'Nobody At All', '--db', db]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no claims credited to that source/);
  });
});
