// Loads the whole-article cases in test/pages/<slug>/ (Readability style): one article file,
// meta.json (what the CLI would get as --published/--publisher) and the hand-checked expected.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { claimSchema, isoDateSchema } from '../../src/core/schemas.js';
import { ATTRIBUTES, CERTAINTIES, RELATION_TYPES, VALUE_FORMS, type ArticleFormat } from '../../src/core/types.js';
import type { ExpectedClaim, ExpectedDevice } from './compare-claims.js';

export const PAGES_DIR = fileURLToPath(new URL('../pages/', import.meta.url));

/** Article file names a page may use, and the format each one is read as. */
export const ARTICLE_FILES: Readonly<Record<string, ArticleFormat>> = Object.freeze({
  'article.txt': 'text',
  'article.md': 'markdown',
  'article.html': 'html',
});

export const pageMetaSchema = z.strictObject({
  published: isoDateSchema.nullable(),
  publisher: z.string().min(1).nullable(),
  /** Set by the lead only: runs the page as a node:test `todo` with this reason. */
  todo: z.string().min(1).optional(),
});
export type PageMeta = z.infer<typeof pageMetaSchema>;

/** Why a value does not have the CLAIMS.md form for its attribute, or null when it does. */
export function valueFormProblem(attribute: string, value: unknown): string | null {
  const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  const form = (ATTRIBUTES as readonly string[]).includes(attribute)
    ? VALUE_FORMS[attribute as (typeof ATTRIBUTES)[number]]
    : null;
  if (attribute === 'price') {
    const ok = typeof value === 'object' && value !== null && 'amount' in value && 'currency' in value;
    return ok ? null : 'price needs {amount, currency}';
  }
  if (attribute === 'release_date' || attribute === 'announce_date') {
    if (typeof value !== 'object' || value === null || !('from' in value) || !('to' in value))
      return `${attribute} needs {from, to}`;
    const { from, to } = value as { from: string; to: string };
    return from <= to ? null : `${attribute}: from ${from} is after to ${to}`;
  }
  if (attribute === 'ram_gb' || attribute === 'storage_gb') {
    const ok = isNumber(value) || (Array.isArray(value) && value.length > 1 && value.every(isNumber));
    return ok ? null : `${attribute} needs a number or a list of several numbers`;
  }
  if (attribute === 'cpu_cores' || attribute === 'battery_mah') {
    return Number.isInteger(value) ? null : `${attribute} needs an integer`;
  }
  if (form === 'number') return isNumber(value) ? null : `${attribute} needs a number`;
  if (attribute === 'colors') {
    const ok = Array.isArray(value) && value.every((c) => typeof c === 'string' && c === c.toLowerCase());
    return ok ? null : 'colors needs a list of lower-case strings';
  }
  if (attribute === 'display_resolution') {
    const match = typeof value === 'string' ? /^(\d+)x(\d+)$/.exec(value) : null;
    if (!match) return 'display_resolution needs "WxH"';
    return Number(match[1]) >= Number(match[2]) ? null : 'display_resolution: long side first';
  }
  if (form === 'string') return typeof value === 'string' && value.length > 0 ? null : `${attribute} needs a string`;
  return null;
}

export const expectedClaimSchema = z
  .strictObject({
    device: z.string().min(1),
    attribute: z.enum(ATTRIBUTES),
    value: claimSchema.shape.value,
    certainty: z.enum(CERTAINTIES),
    source: z.string().min(1).nullable(),
    qualifier: z.string().min(1).nullable().optional(),
    quote: z.string().min(1),
    optional: z.boolean().optional(),
  })
  .superRefine((claim, ctx) => {
    const problem = valueFormProblem(claim.attribute, claim.value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['value'] });
  });

export const expectedDeviceSchema = z.strictObject({
  name: z.string().min(1),
  brand: z.string().min(1).nullable().optional(),
  aliases: z.array(z.string().min(1)).default([]),
  relations: z.array(z.strictObject({ type: z.enum(RELATION_TYPES), device: z.string().min(1) })).default([]),
});

export const expectedPageSchema = z.strictObject({
  /** Written by scripts/new-test-page.ts: not yet corrected by a person. */
  draft: z.boolean().optional(),
  devices: z.array(expectedDeviceSchema).optional(),
  claims: z.array(expectedClaimSchema),
});
export type ExpectedPage = z.infer<typeof expectedPageSchema>;

export interface TestPage {
  slug: string;
  dir: string;
  articlePath: string;
  format: ArticleFormat;
  meta: PageMeta;
  expected: { claims: ExpectedClaim[]; devices: ExpectedDevice[]; draft: boolean };
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new Error(`test pages: cannot read ${file}: ${(cause as Error).message}`, { cause });
  }
}

function parseWith<T>(schema: z.ZodType<T>, file: string): T {
  const parsed = schema.safeParse(readJson(file));
  if (!parsed.success) throw new Error(`test pages: ${file} is not valid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Reads one page folder; throws a readable error when a file is missing or malformed. */
export function loadTestPage(dir: string): TestPage {
  const slug = path.basename(dir);
  const articles = Object.keys(ARTICLE_FILES).filter((name) => existsSync(path.join(dir, name)));
  if (articles.length !== 1)
    throw new Error(`test pages: ${dir} needs exactly one of ${Object.keys(ARTICLE_FILES).join(', ')}`);
  const articleName = articles[0]!;
  const meta = parseWith(pageMetaSchema, path.join(dir, 'meta.json'));
  const expected = parseWith(expectedPageSchema, path.join(dir, 'expected.json'));
  const article = readFileSync(path.join(dir, articleName), 'utf8');
  // A quote must be text the article really contains (HTML pages may differ only by markup).
  for (const claim of expected.claims) {
    if (ARTICLE_FILES[articleName] !== 'html' && !article.includes(claim.quote))
      throw new Error(`test pages: ${slug}: quote not found in ${articleName}: «${claim.quote}»`);
  }
  return {
    slug,
    dir,
    articlePath: path.join(dir, articleName),
    format: ARTICLE_FILES[articleName]!,
    meta,
    expected: {
      claims: expected.claims as ExpectedClaim[],
      devices: expected.devices ?? [],
      draft: expected.draft ?? false,
    },
  };
}

/** The folder of every page under test/pages/, sorted by slug. */
export function listTestPageDirs(root: string = PAGES_DIR): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((slug) => path.join(root, slug));
}

/** Every page under test/pages/, sorted by slug; throws on the first malformed page. */
export function loadTestPages(root: string = PAGES_DIR): TestPage[] {
  return listTestPageDirs(root).map((dir) => loadTestPage(dir));
}

/** Where the pages' ratchet lives: known differences per page, and floors for the totals. */
export const BASELINE_FILE = path.join(PAGES_DIR, 'baseline.json');

const countsSchema = z.strictObject({
  missing: z.number().int().nonnegative(),
  extra: z.number().int().nonnegative(),
  wrongCertainty: z.number().int().nonnegative(),
  wrongSource: z.number().int().nonnegative(),
});
export const pageBaselineSchema = z.strictObject({
  totals: z.strictObject({ f1: z.number(), certainty: z.number(), source: z.number() }),
  pages: z.record(z.string(), countsSchema),
});
export type PageBaseline = z.infer<typeof pageBaselineSchema>;

/** The baseline, or an empty one (every page must then match exactly). */
export function loadBaseline(): PageBaseline {
  if (!existsSync(BASELINE_FILE)) return { totals: { f1: 1, certainty: 1, source: 1 }, pages: {} };
  return parseWith(pageBaselineSchema, BASELINE_FILE);
}
