// Extraction measured on the project's own test pages: per-page differences and the totals the
// corpus scorer reports (precision, recall, F1, certainty and source accuracy). Shared by
// test/pages.test.ts and scripts/score-pages.ts.
import { readFileSync } from 'node:fs';
import type { ExtractionResult } from '../../src/core/types.js';
import { extractClaims } from '../../src/extract/index.js';
import { readArticle } from '../../src/ingest/index.js';
import { compareClaims, type ClaimComparison } from './compare-claims.js';
import type { TestPage } from './pages.js';

export interface PageCounts {
  missing: number;
  extra: number;
  wrongCertainty: number;
  wrongSource: number;
}

export interface PageRun {
  page: TestPage;
  text: string;
  result: ExtractionResult;
  comparison: ClaimComparison;
  counts: PageCounts;
}

export function runPage(page: TestPage): PageRun {
  const article = readArticle({ bytes: new Uint8Array(readFileSync(page.articlePath)), name: page.articlePath });
  const { result } = extractClaims(article, { published: page.meta.published, publisher: page.meta.publisher });
  const comparison = compareClaims(page.expected, result);
  const counts = {
    missing: comparison.missing.length,
    extra: comparison.extra.length,
    wrongCertainty: comparison.wrongCertainty.length,
    wrongSource: comparison.wrongSource.length,
  };
  return { page, text: article.text, result, comparison, counts };
}

export interface Totals {
  f1: number;
  precision: number;
  recall: number;
  certainty: number;
  source: number;
  claims: number;
}

/** Totals the way the corpus scorer counts them: optional expected claims count for nothing. */
export function totals(runs: readonly PageRun[]): Totals {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let certainOk = 0;
  let sourceOk = 0;
  let sourceTotal = 0;
  for (const { comparison: c } of runs) {
    const matched = c.matched.filter((m) => !m.expected.optional);
    tp += matched.length;
    fn += c.missing.length;
    fp += c.extra.length;
    certainOk += matched.length - c.wrongCertainty.filter((m) => !m.expected.optional).length;
    const withSource = matched.filter((m) => m.expected.source);
    sourceTotal += withSource.length;
    sourceOk += withSource.length - c.wrongSource.filter((m) => m.expected.source && !m.expected.optional).length;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    f1,
    precision,
    recall,
    certainty: certainOk / Math.max(1, tp),
    source: sourceOk / Math.max(1, sourceTotal),
    claims: tp + fn,
  };
}
