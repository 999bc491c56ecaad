// Whole-article cases: each test/pages/<slug>/ is read as the CLI would read it and its claims are
// compared with the hand-checked expected.json. Run one with `--test-name-pattern <slug>`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { z } from 'zod';
import { extractionResultSchema } from '../src/core/schemas.js';
import type { Article } from '../src/core/types.js';
import { extractClaims } from '../src/extract/index.js';
import { compareClaims, formatComparison, isCleanComparison } from './helpers/compare-claims.js';
import path from 'node:path';
import { listTestPageDirs, loadTestPage, type TestPage } from './helpers/pages.js';

type ReadArticle = (input: { bytes: Uint8Array; name: string; maxBytes?: number }) => Article;

// Loaded lazily so a missing or broken ingest stage fails each page readably instead of the file.
let readArticle: ReadArticle | undefined;
let ingestError: unknown;
try {
  ({ readArticle } = (await import('../src/ingest/index.js')) as { readArticle: ReadArticle });
} catch (error) {
  ingestError = error;
}

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
  test(page.slug, options, () => {
    if (!readArticle) throw new Error(`cannot load src/ingest: ${String(ingestError)}`);
    const bytes = new Uint8Array(readFileSync(page.articlePath));
    const article = readArticle({ bytes, name: page.articlePath });
    const { result } = extractClaims(article, { published: page.meta.published, publisher: page.meta.publisher });

    const parsed = extractionResultSchema.safeParse(result);
    assert.ok(parsed.success, parsed.success ? '' : `result breaks CLAIMS.md:\n${z.prettifyError(parsed.error)}`);

    const badQuotes = result.claims
      .filter((claim) => claim.quote !== article.text.slice(claim.span[0], claim.span[1]))
      .map(
        (claim) => `  ${claim.device} · ${claim.attribute}: quote «${claim.quote}» ≠ text[${claim.span.join(', ')})`,
      );
    assert.equal(badQuotes.length, 0, `quotes that are not their span:\n${badQuotes.join('\n')}`);

    const comparison = compareClaims(page.expected, result);
    const counts = `${comparison.matched.length} matched, ${comparison.missing.length} missing, ${comparison.extra.length} extra`;
    assert.ok(isCleanComparison(comparison), `${page.slug}: ${counts}\n${formatComparison(comparison)}`);
  });
}
