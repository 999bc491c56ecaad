// Helpers for extraction tests (chrono's test_util): run the pipeline on a string and assert claims,
// with the pipeline's debug trace printed only when an assertion fails.
import assert from 'node:assert/strict';
import type { Attribute, Claim, ClaimValue } from '../../src/core/types.js';
import { extractClaims, type Extraction } from '../../src/extract/index.js';

export interface ExpectedClaim {
  attribute: Attribute;
  value: ClaimValue;
  device?: string;
  certainty?: Claim['certainty'];
  source?: string | null;
  qualifier?: string | null;
  quote?: string;
  evidence?: Claim['evidence'];
}

export interface RunOptions {
  published?: string | null;
  publisher?: string | null;
  title?: string | null;
}

export function run(text: string, options: RunOptions = {}): { extraction: Extraction; trace: string[] } {
  const trace: string[] = [];
  const extraction = extractClaims(
    { text, format: 'text', title: options.title ?? null, published: null, publisher: null, authors: [], url: null },
    { published: options.published ?? null, publisher: options.publisher ?? null, debug: (line) => trace.push(line) },
  );
  for (const c of extraction.result.claims)
    assert.equal(c.quote, text.slice(c.span[0], c.span[1]), 'quote must equal the span slice');
  return { extraction, trace };
}

function describe(claims: Claim[]): string {
  return claims
    .map(
      (c) =>
        `  ${c.device} | ${c.attribute} = ${JSON.stringify(c.value)} | ${c.certainty} | ${c.source ?? '-'} | «${c.quote}»`,
    )
    .join('\n');
}

function matches(c: Claim, e: ExpectedClaim): boolean {
  if (c.attribute !== e.attribute) return false;
  if (JSON.stringify(c.value) !== JSON.stringify(e.value)) return false;
  if (e.device !== undefined && c.device !== e.device) return false;
  if (e.certainty !== undefined && c.certainty !== e.certainty) return false;
  if (e.source !== undefined && c.source !== e.source) return false;
  if (e.qualifier !== undefined && c.qualifier !== e.qualifier) return false;
  if (e.quote !== undefined && c.quote !== e.quote) return false;
  if (e.evidence !== undefined && c.evidence !== e.evidence) return false;
  return true;
}

/** Every expected claim is present (other claims may exist too). */
export function expectClaims(text: string, options: RunOptions, expected: ExpectedClaim[]): Claim[] {
  const { extraction, trace } = run(text, options);
  const claims = extraction.result.claims;
  for (const e of expected) {
    if (!claims.some((c) => matches(c, e))) {
      assert.fail(`missing ${JSON.stringify(e)}\nin: ${text}\ngot:\n${describe(claims)}\ntrace:\n${trace.join('\n')}`);
    }
  }
  return claims;
}

/** No claim of these attributes (all attributes when none are given). */
export function expectNoClaims(text: string, options: RunOptions = {}, attributes?: Attribute[]): void {
  const { extraction, trace } = run(text, options);
  const bad = extraction.result.claims.filter((c) => !attributes || attributes.includes(c.attribute));
  if (bad.length > 0)
    assert.fail(`expected no claims in: ${text}\ngot:\n${describe(bad)}\ntrace:\n${trace.join('\n')}`);
}
