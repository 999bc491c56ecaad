// Measures extraction on the project's own test pages the way the corpus scorer measures it on real
// articles: precision, recall, F1, certainty and source accuracy, and with --report every difference.
// usage: node --import tsx scripts/score-pages.ts [--report FILE] [slug-substring]
import { readFileSync, writeFileSync } from 'node:fs';
import { extractClaims } from '../src/extract/index.js';
import { readArticle } from '../src/ingest/index.js';
import { compareClaims, formatComparison } from '../test/helpers/compare-claims.js';
import { loadTestPages } from '../test/helpers/pages.js';

const args = process.argv.slice(2);
const reportAt = args.indexOf('--report');
const reportFile = reportAt >= 0 ? args[reportAt + 1] : undefined;
const filter = args.find((a, k) => !a.startsWith('--') && args[k - 1] !== '--report');

let tp = 0;
let fp = 0;
let fn = 0;
let certainOk = 0;
let sourceOk = 0;
let sourceTotal = 0;
const report: string[] = [];
for (const page of loadTestPages()) {
  if (filter && !page.slug.includes(filter)) continue;
  const article = readArticle({ bytes: readFileSync(page.articlePath), name: page.articlePath });
  const { result } = extractClaims(article, { published: page.meta.published, publisher: page.meta.publisher });
  const c = compareClaims(page.expected, result.claims);
  const matched = c.matched.filter((m) => !m.expected.optional);
  tp += matched.length;
  fn += c.missing.length;
  fp += c.extra.length;
  certainOk += matched.length - c.wrongCertainty.filter((m) => !m.expected.optional).length;
  const withSource = matched.filter((m) => m.expected.source);
  sourceTotal += withSource.length;
  sourceOk += withSource.length - c.wrongSource.filter((m) => m.expected.source && !m.expected.optional).length;
  const line = `${page.slug}: tp=${matched.length} fp=${c.extra.length} fn=${c.missing.length} cert-wrong=${c.wrongCertainty.length} source-wrong=${c.wrongSource.length}`;
  console.log(line);
  report.push(line, formatComparison(c), '');
}
const p = tp / Math.max(1, tp + fp);
const r = tp / Math.max(1, tp + fn);
const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
const summary = `F1=${f1.toFixed(3)} P=${p.toFixed(3)} R=${r.toFixed(3)} certainty_acc=${(certainOk / Math.max(1, tp)).toFixed(2)} source_acc=${(sourceOk / Math.max(1, sourceTotal)).toFixed(2)} claims=${tp + fn}`;
console.log(summary);
if (reportFile) writeFileSync(reportFile, [...report, summary].join('\n') + '\n');
