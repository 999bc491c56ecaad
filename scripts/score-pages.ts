// Measures extraction on the project's own test pages the way the corpus scorer measures it on real
// articles, and keeps the pages' baseline (the ratchet test/pages.test.ts holds the extractor to).
// usage: node --import tsx scripts/score-pages.ts [--report FILE] [--write-baseline] [slug-substring]
import { writeFileSync } from 'node:fs';
import { formatComparison } from '../test/helpers/compare-claims.js';
import { runPage, totals } from '../test/helpers/page-score.js';
import { BASELINE_FILE, loadTestPages, type PageBaseline } from '../test/helpers/pages.js';

const args = process.argv.slice(2);
const reportAt = args.indexOf('--report');
const reportFile = reportAt >= 0 ? args[reportAt + 1] : undefined;
const filter = args.find((a, k) => !a.startsWith('--') && args[k - 1] !== '--report');

const runs = loadTestPages()
  .filter((p) => !filter || p.slug.includes(filter))
  .map(runPage);
const report: string[] = [];
for (const run of runs) {
  const c = run.counts;
  const line = `${run.page.slug}: matched=${run.comparison.matched.length} missing=${c.missing} extra=${c.extra} certainty-wrong=${c.wrongCertainty} source-wrong=${c.wrongSource}`;
  console.log(line);
  report.push(line, formatComparison(run.comparison), '');
}
const t = totals(runs);
const summary = `F1=${t.f1.toFixed(3)} P=${t.precision.toFixed(3)} R=${t.recall.toFixed(3)} certainty_acc=${t.certainty.toFixed(2)} source_acc=${t.source.toFixed(2)} claims=${t.claims} pages=${runs.length}`;
console.log(summary);
if (reportFile) writeFileSync(reportFile, [...report, summary].join('\n') + '\n');
if (args.includes('--write-baseline')) {
  if (filter) throw new Error('score-pages: --write-baseline needs every page (no slug filter)');
  // Floors sit a little under today's figures so noise-free refactors pass and real regressions fail.
  const floor = (x: number) => Math.floor((x - 0.01) * 100) / 100;
  const baseline: PageBaseline = {
    totals: { f1: floor(t.f1), certainty: floor(t.certainty), source: floor(t.source) },
    pages: Object.fromEntries(runs.map((r) => [r.page.slug, r.counts])),
  };
  writeFileSync(BASELINE_FILE, JSON.stringify(baseline, null, 2) + '\n');
  console.log(`wrote ${BASELINE_FILE}`);
}
