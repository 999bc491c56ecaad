// `hearsay export`: graded claims as JSON, CSV, or schema.org ClaimReview JSON-LD. Only claims that count in
// a record are exported as reviews (a syndicated copy is the same claim); JSON and CSV carry every graded one.
import { InputError } from '../core/index.js';
import type { Store } from '../db/index.js';
import { sourceKey } from './credit.js';
import { Ledger } from '../ledger/index.js';
import { buildGradebook } from './gradebook.js';
import type { GradedClaim } from './types.js';

export const EXPORT_FORMATS = ['json', 'csv', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  format: ExportFormat;
  device?: string | null;
  source?: string | null;
  /** The review date written into ClaimReview (default: today). */
  today: string;
}

const RATING: Readonly<Record<string, { value: number; name: string }>> = {
  right: { value: 3, name: 'Right' },
  partly: { value: 2, name: 'Partly right' },
  wrong: { value: 1, name: 'Wrong' },
};

const CSV_COLUMNS = [
  'claim_id',
  'device',
  'attribute',
  'qualifier',
  'value',
  'credited_to',
  'publisher',
  'claimed_on',
  'certainty',
  'stance_confidence',
  'record_confidence',
  'grade',
  'official',
  'official_ref',
  'lead_days',
  'specificity',
  'counted',
  'url',
] as const;

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRow(c: GradedClaim): string {
  return [
    c.claimId,
    c.device,
    c.attribute,
    c.qualifier,
    c.value,
    c.creditedTo,
    c.publisher,
    c.claimedOn,
    c.certainty,
    c.stanceConfidence,
    Math.round(c.recordConfidence * 1000) / 1000,
    c.grade,
    c.official?.value ?? null,
    c.official?.ref ?? null,
    c.leadDays,
    Math.round(c.specificity * 1000) / 1000,
    c.counted,
    c.url,
  ]
    .map(csvCell)
    .join(',');
}

function shownValue(value: GradedClaim['value']): string {
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value !== 'object') return String(value);
  if ('currency' in value) return `${value.amount} ${value.currency}`;
  return value.from === value.to ? value.from : `${value.from} to ${value.to}`;
}

function describe(c: GradedClaim): string {
  const value = shownValue(c.value);
  return `${c.device}: ${c.attribute}${c.qualifier ? ` (${c.qualifier})` : ''} = ${value}`;
}

function claimReview(c: GradedClaim, first: GradedClaim, appearances: GradedClaim[], today: string): object {
  const rating = RATING[c.grade] as { value: number; name: string };
  const work = (a: GradedClaim): object => ({
    '@type': 'CreativeWork',
    ...(a.url ? { url: a.url } : {}),
    ...(a.title ? { headline: a.title } : {}),
    datePublished: a.claimedOn,
    ...(a.publisher ? { publisher: { '@type': 'Organization', name: a.publisher } } : {}),
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    datePublished: today,
    claimReviewed: describe(c),
    author: { '@type': 'Organization', name: 'hearsay' },
    itemReviewed: {
      '@type': 'Claim',
      ...(c.creditedTo ? { author: { '@type': 'Person', name: c.creditedTo } } : {}),
      datePublished: first.claimedOn,
      firstAppearance: work(first),
      appearance: appearances.map(work),
    },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating.value,
      bestRating: 3,
      worstRating: 1,
      alternateName: rating.name,
      ratingExplanation: c.detail,
    },
  };
}

export async function exportGrades(store: Store, options: ExportOptions): Promise<string> {
  const book = await buildGradebook(store);
  let claims = book.claims;
  if (options.device) {
    const row = await new Ledger(store).requireDevice(options.device);
    claims = claims.filter((c) => c.deviceId === row.id);
  }
  if (options.source) {
    const key = sourceKey(options.source);
    claims = claims.filter((c) => c.creditedTo !== null && sourceKey(c.creditedTo) === key);
  }
  const graded = claims.filter((c) => c.grade === 'right' || c.grade === 'partly' || c.grade === 'wrong');
  if (options.format === 'json') return `${JSON.stringify(graded, null, 2)}\n`;
  if (options.format === 'csv') return `${[CSV_COLUMNS.join(','), ...graded.map(csvRow)].join('\n')}\n`;
  if (options.format !== 'claimreview') throw new InputError('grade', String(options.format), 'unknown export format');
  const repeats = new Map<number, GradedClaim[]>();
  for (const c of claims) if (c.repeatOf !== null) repeats.set(c.repeatOf, [...(repeats.get(c.repeatOf) ?? []), c]);
  const reviews = graded
    .filter((c) => c.counted)
    .map((c) => claimReview(c, c, [c, ...(repeats.get(c.claimId) ?? [])], options.today));
  return `${JSON.stringify(reviews, null, 2)}\n`;
}
