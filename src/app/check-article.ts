// "Check an article": read pasted text or a fetched page, extract its claims, and weigh each against what
// the ledger holds for its device — without storing anything. Storing is a separate, explicit step.
import { InputError } from '../core/errors.js';
import type { Article, ExtractionResult } from '../core/types.js';
import { checkClaims, computeConsensus, type ClaimCheck } from '../consensus/index.js';
import type { DeviceConsensus } from '../consensus/index.js';
import { fetchResource } from '../ingest/fetch/index.js';
import { readArticle } from '../ingest/index.js';
import { extractClaims } from '../extract/index.js';
import type { Ledger, RecordOutcome } from '../ledger/index.js';
import { pageName } from './ingest-sources.js';

/** What a person handed in: pasted text (text, Markdown or HTML) or a URL to fetch. */
export type Submission = { kind: 'text'; text: string } | { kind: 'url'; url: string };

export interface SubmissionOptions {
  /** Let a URL point at a private or loopback address (tests only; the web never sets it). */
  allowPrivate?: boolean;
  maxBytes?: number;
}

export interface SubmittedArticle {
  article: Article;
  raw: Uint8Array;
}

export async function readSubmission(
  submission: Submission,
  options: SubmissionOptions = {},
): Promise<SubmittedArticle> {
  if (submission.kind === 'text') {
    if (submission.text.trim() === '') throw new InputError('ingest', 'pasted text', 'nothing was pasted');
    const raw = new TextEncoder().encode(submission.text);
    // No extension: the reader sniffs the first bytes, so pasted HTML is read as HTML.
    return { article: readArticle({ bytes: raw, name: 'pasted', maxBytes: options.maxBytes }), raw };
  }
  const fetched = await fetchResource(submission.url, {
    allowPrivate: options.allowPrivate ?? false,
    maxBytes: options.maxBytes,
  });
  const article = readArticle({ bytes: fetched.bytes, name: pageName(fetched.finalUrl, fetched.contentType) });
  return { article: { ...article, url: article.url ?? fetched.finalUrl }, raw: fetched.bytes };
}

export interface ArticleCheck {
  extraction: ExtractionResult;
  checks: ClaimCheck[];
}

export interface CheckOptions {
  published?: string | null;
  publisher?: string | null;
}

/** Extracts the article's claims and weighs each against its device's current consensus. Reads only. */
export async function checkArticle(
  ledger: Ledger,
  article: Article,
  options: CheckOptions = {},
): Promise<ArticleCheck> {
  const { result } = extractClaims(article, options);
  const sheets = new Map<string, DeviceConsensus | null>();
  for (const name of new Set(result.claims.map((c) => c.device))) {
    const device = await ledger.findDevice(name);
    sheets.set(name, device ? computeConsensus(await ledger.claimsFor(device)) : null);
  }
  return { extraction: result, checks: checkClaims(result.claims, sheets) };
}

/** Stores a checked article, the same way `hearsay ingest` would. */
export function storeArticle(
  ledger: Ledger,
  submitted: SubmittedArticle,
  options: CheckOptions & { today: string },
): Promise<RecordOutcome> {
  return ledger.record({ article: submitted.article, raw: submitted.raw, ...options });
}
