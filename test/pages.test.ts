// Whole-article cases: each test/pages/<slug>/ is read as the CLI would read it and its claims are
// compared with the hand-checked expected.json. Run one with `--test-name-pattern <slug>`.
//
// The extractor does not yet get every page exactly right, so test/pages/baseline.json records, per
// page, how many differences are known (a ratchet): a page fails when it gets worse than its
// baseline, and reports when it gets better (then `npm run pages:baseline` lowers the baseline).
// Pages not in the baseline must match exactly. A last test holds the totals above their floors.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { z } from 'zod';
import { extractionResultSchema } from '../src/core/schemas.js';
import { formatComparison } from './helpers/compare-claims.js';
import { runPage, totals, type PageCounts, type PageRun } from './helpers/page-score.js';
import { listTestPageDirs, loadBaseline, loadTestPage, type TestPage } from './helpers/pages.js';

const baseline = loadBaseline();
const runs: PageRun[] = [];
const NONE: PageCounts = { missing: 0, extra: 0, wrongCertainty: 0, wrongSource: 0 };

for (const dir of listTestPageDirs()) {
  let page: TestPage;
  try {
    page = loadTestPage(dir);
  } catch (error) {
    // A malformed page fails on its own instead of taking the whole suite down.
    test(path.basename(dir), () => {
      throw error;
    });
    continue;
  }
  const options = page.meta.todo ? { todo: page.meta.todo } : {};
  test(page.slug, options, (t) => {
    const run = runPage(page);
    runs.push(run);
    const { result, text } = run;
    const parsed = extractionResultSchema.safeParse(result);
    assert.ok(parsed.success, parsed.success ? '' : `result breaks CLAIMS.md:\n${z.prettifyError(parsed.error)}`);
    const badQuotes = result.claims
      .filter((claim) => claim.quote !== text.slice(claim.span[0], claim.span[1]))
      .map(
        (claim) => `  ${claim.device} · ${claim.attribute}: quote «${claim.quote}» ≠ text[${claim.span.join(', ')})`,
      );
    assert.equal(badQuotes.length, 0, `quotes that are not their span:\n${badQuotes.join('\n')}`);

    const known = baseline.pages[page.slug] ?? NONE;
    const worse = (Object.keys(known) as (keyof PageCounts)[]).filter((k) => run.counts[k] > known[k]);
    const details = formatComparison(run.comparison);
    assert.deepEqual(worse, [], `${page.slug} got worse than its baseline (${JSON.stringify(known)}):\n${details}`);
    const better = (Object.keys(known) as (keyof PageCounts)[]).filter((k) => run.counts[k] < known[k]);
    if (better.length > 0) t.diagnostic(`${page.slug} improved (${better.join(', ')}): run npm run pages:baseline`);
    if (details) t.diagnostic(`known differences:\n${details}`);
  });
}

test('pages: totals stay above their floors', () => {
  const t = totals(runs);
  const shown = `F1=${t.f1.toFixed(3)} certainty=${t.certainty.toFixed(2)} source=${t.source.toFixed(2)}`;
  assert.ok(runs.length > 0, 'no pages ran');
  assert.ok(t.f1 >= baseline.totals.f1, `F1 fell below ${baseline.totals.f1}: ${shown}`);
  assert.ok(t.certainty >= baseline.totals.certainty, `certainty fell below ${baseline.totals.certainty}: ${shown}`);
  assert.ok(t.source >= baseline.totals.source, `source fell below ${baseline.totals.source}: ${shown}`);
});
