// The zod schemas of the API: requests are validated with them and the OpenAPI document is generated from
// them, so the two cannot drift apart. Response schemas describe what handlers return.
import { z } from 'zod';
import { ATTRIBUTES, CERTAINTIES } from '../core/types.js';
import { claimSchema, isoDateSchema, moneySchema } from '../core/schemas.js';

// ---- shared pieces ----------------------------------------------------------------------------------

const realDate = isoDateSchema.refine((value) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}, 'expected a real date as YYYY-MM-DD');

const offset = z.coerce.number().int().min(0).max(1_000_000).default(0).describe('items to skip');
const limit = (max: number, fallback: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback).describe(`items per page (1–${max})`);

const currency = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'expected a three-letter currency code such as USD')
  .transform((c) => c.toUpperCase())
  .describe('convert prices to this currency at each claim’s date (ISO 4217, e.g. EUR)');

const flag = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .describe('true or false');

const deviceName = z.string().trim().min(1, 'a device name is required').max(200, 'at most 200 characters');

export const claimValueSchema = claimSchema.shape.value;

export const pageInfo = {
  total: z.number().int().describe('matching items in all pages'),
  offset: z.number().int(),
  limit: z.number().int(),
};

// ---- requests -----------------------------------------------------------------------------------------

export const deviceParams = z.object({ device: deviceName.describe('the device name, any alias or codename') });
export const articleParams = z.object({
  id: z.coerce.number().int('expected a whole number').positive('expected a positive article id'),
});

export const deviceListQuery = z.object({
  q: z.string().max(200).optional().describe('words the device name must contain'),
  all: flag.optional().describe('also devices only mentioned in passing'),
  order: z.enum(['claims', 'recent', 'name']).default('claims'),
  offset,
  limit: limit(100, 20),
});

export const deviceQuery = z.object({
  currency: currency.optional(),
  claimsOffset: offset,
  claimsLimit: limit(500, 100),
});

export const compareQuery = z.object({
  devices: z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((name) => name.trim()).filter(Boolean))
    .pipe(z.array(deviceName).min(2, 'compare needs at least 2 devices').max(4, 'compare takes at most 4 devices'))
    .describe('2 to 4 device names, comma-separated or repeated'),
  currency: currency.optional(),
});

export const claimsQuery = z.object({
  q: z.string().max(200).optional().describe('words each found in the quote, attribute, device, source or publisher'),
  device: deviceName.optional(),
  attribute: z.enum(ATTRIBUTES).optional(),
  certainty: z.enum(CERTAINTIES).optional(),
  source: z.string().max(200).optional().describe('the credited source, exactly (case-insensitive)'),
  publisher: z.string().max(200).optional(),
  since: realDate.optional().describe('claimed on or after'),
  until: realDate.optional().describe('claimed on or before'),
  offset,
  limit: limit(100, 20),
});

const httpUrl = z
  .url({ protocol: /^https?$/, error: 'expected an http or https URL' })
  .max(2000)
  .describe('an article page or a feed to fetch');

export const ingestBody = z
  .object({
    text: z.string().min(1, 'text is empty').optional().describe('the article itself: plain text, Markdown or HTML'),
    url: httpUrl.optional(),
    format: z.enum(['text', 'markdown', 'html']).optional().describe('the format of `text`; sniffed when absent'),
    title: z.string().max(500).optional(),
    published: realDate.optional().describe('the article’s date; relative dates resolve against it'),
    publisher: z.string().max(200).optional(),
  })
  .strict()
  .refine((b) => (b.text === undefined) !== (b.url === undefined), {
    message: 'give exactly one of text or url',
    path: ['text'],
  });

export const sourceParams = z.object({ source: z.string().trim().min(1).max(200).describe('a source’s name') });
export const sourceListQuery = z.object({
  brand: z.string().max(100).optional().describe('only claims about this brand’s devices'),
  offset,
  limit: limit(100, 50),
});
export const sourceQuery = z.object({ claimsOffset: offset, claimsLimit: limit(500, 100) });

const officialValue = z
  .object({
    attribute: z.enum(ATTRIBUTES),
    qualifier: z
      .string()
      .trim()
      .min(1)
      .max(50)
      .regex(/^[^[\]=]+$/, 'a qualifier may not contain [, ] or =')
      .optional()
      .describe('the variant or market the value applies to, e.g. 256GB or UK'),
    value: z
      .union([z.string().trim().min(1).max(200), z.number()])
      .describe('as on the CLI: 5050, "999 USD", "2024-10-15", "128,256"'),
  })
  .strict();

export const officialBody = z
  .object({
    values: z.array(officialValue).max(50).default([]),
    knownOn: realDate.optional().describe('when the values became official; default: the announce date, else today'),
    source: z.string().trim().min(1).max(200).optional().describe('who says so; default: the token’s name'),
    cancelled: z.boolean().optional().describe('the device was cancelled: its claims are void'),
    active: z.boolean().optional().describe('undo a cancellation'),
  })
  .strict()
  .refine((b) => b.values.length > 0 || b.cancelled === true || b.active === true, {
    message: 'nothing to confirm: give values, or cancelled/active',
    path: ['values'],
  });

export const aliasBody = z
  .object({ alias: deviceName.describe('another name for the device: a codename, model number, shipped name') })
  .strict();
export const mergeBody = z.object({ from: deviceName.describe('the device folded into this one') }).strict();

// ---- responses ----------------------------------------------------------------------------------------

export const deviceSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  brand: z.string().nullable(),
  claims: z.number().int(),
  stories: z.number().int().describe('independent stories: syndicated copies count once'),
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
  members: z.array(z.string()).describe('devices merged or aliased into this one'),
});

export const devicePage = z.object({ ...pageInfo, items: z.array(deviceSummarySchema) });

const convertedSchema = moneySchema.extend({ rateDate: z.string() }).nullable();

export const candidateSchema = z.object({
  value: claimValueSchema,
  converted: convertedSchema.describe('the price in the requested currency, at the first claim’s date'),
  stories: z.number().int(),
  claims: z.number().int(),
  certainty: z.enum(CERTAINTIES),
  weight: z.number(),
  sources: z.array(z.string()),
  publishers: z.array(z.string()),
  firstSeen: z.string(),
  lastSeen: z.string(),
  claimIds: z.array(z.number().int()),
});

export const attributeSchema = z.object({
  attribute: z.string(),
  qualifier: z.string().nullable(),
  leader: candidateSchema,
  settled: z.boolean().describe('an official value leads'),
  candidates: z.array(candidateSchema).describe('strongest first; the first leads'),
  conflicts: z.array(claimValueSchema).describe('values that cannot be true together with the leader'),
});

export const storedClaimSchema = z.object({
  id: z.number().int(),
  articleId: z.number().int(),
  storyId: z.number().int(),
  device: z.string().describe('the device as the article named it'),
  attribute: z.string(),
  value: claimValueSchema,
  qualifier: z.string().nullable(),
  certainty: z.string(),
  confidence: z.number(),
  source: z.string().nullable(),
  evidence: z.string().nullable(),
  span: z.tuple([z.number().int(), z.number().int()]),
  quote: z.string(),
  claimedOn: z.string(),
  publisher: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
});

export const timelineClaimSchema = storedClaimSchema.omit({ publisher: true, title: true, url: true }).extend({
  mark: z.enum(['new', 'repeat', 'contradicts']).describe('what the claim did to the picture when it arrived'),
  grade: z.enum(['right', 'partly', 'wrong', 'pending', 'void']).nullable(),
  leadDays: z.number().int().nullable().describe('days from the claim to the official date'),
});

export const deviceRefSchema = z.object({ id: z.number().int(), name: z.string(), brand: z.string().nullable() });

const officialSchema = z.object({
  attribute: z.string(),
  qualifier: z.string().nullable(),
  value: claimValueSchema,
  origin: z.enum(['article', 'catalog', 'person']),
  ref: z.string(),
  source: z.string().nullable(),
  knownOn: z.string(),
});

const gradeEnum = z.enum(['right', 'partly', 'wrong', 'pending', 'void']);

export const deviceDetailSchema = z.object({
  device: deviceRefSchema,
  currency: z.string().nullable(),
  summary: z.object({ claims: z.number().int(), stories: z.number().int(), conflicts: z.number().int() }),
  attributes: z.array(attributeSchema),
  sources: z
    .array(z.object({ name: z.string(), claims: z.number().int() }))
    .describe('who the claims credit, most claims first'),
  grades: z.object({
    cancelled: z.boolean(),
    counts: z.record(gradeEnum, z.number().int()),
    officials: z.array(officialSchema).describe('the official values claims are graded against'),
  }),
  claims: z
    .object({
      ...pageInfo,
      items: z.array(timelineClaimSchema),
      articles: z
        .record(
          z.string(),
          z.object({ title: z.string().nullable(), url: z.string().nullable(), publisher: z.string().nullable() }),
        )
        .describe('the articles of this page’s claims by articleId, each once rather than on every claim'),
    })
    .describe('the timeline: claims oldest first, one page (claimsOffset, claimsLimit)'),
});

const calibrationBin = z.object({
  from: z.number(),
  to: z.number(),
  claims: z.number().int(),
  meanConfidence: z.number().nullable(),
  observedRate: z.number().nullable(),
});

export const sourceRecordSchema = z.object({
  source: z.string(),
  graded: z.number().int().describe('right + partly + wrong'),
  right: z.number().int(),
  partly: z.number().int(),
  wrong: z.number().int(),
  pending: z.number().int(),
  void: z.number().int(),
  accuracy: z.number().nullable(),
  medianLeadDays: z.number().nullable(),
  specificityScore: z.number().nullable(),
  brier: z.number().nullable(),
  recordBrier: z.number().nullable(),
  calibration: z.array(calibrationBin),
  trust: z.number(),
  devices: z.array(z.string()),
  brands: z.array(z.string()),
});

export const sourcePage = z.object({ ...pageInfo, items: z.array(sourceRecordSchema) });

export const gradedClaimSchema = z.object({
  claimId: z.number().int(),
  articleId: z.number().int(),
  device: z.string(),
  attribute: z.string(),
  qualifier: z.string().nullable(),
  value: claimValueSchema,
  certainty: z.string(),
  stanceConfidence: z.number(),
  recordConfidence: z.number(),
  creditedTo: z.string().nullable(),
  quote: z.string(),
  claimedOn: z.string(),
  grade: gradeEnum,
  official: officialSchema.nullable(),
  leadDays: z.number().int().nullable(),
  detail: z.string(),
  counted: z.boolean(),
});

export const sourceDetailSchema = z.object({
  record: sourceRecordSchema,
  claims: z.object({ ...pageInfo, items: z.array(gradedClaimSchema.passthrough()) }),
});

export const confirmResultSchema = z.object({
  device: z.string(),
  recorded: z.number().int(),
  unchanged: z.number().int(),
  status: z.enum(['cancelled', 'active']).nullable(),
  regrade: z
    .object({ recorded: z.number().int(), first: z.number().int(), changed: z.number().int() })
    .describe('grade rows the regrade appended: first gradings, changes'),
});

export const compareSchema = z.object({
  currency: z.string().nullable(),
  devices: z.array(z.object({ device: deviceRefSchema, claims: z.number().int(), stories: z.number().int() })),
  rows: z.array(
    z.object({
      attribute: z.string(),
      qualifier: z.string().nullable(),
      values: z.array(attributeSchema.pick({ leader: true, settled: true }).nullable()).describe('one per device'),
      differs: z.boolean().describe('the leading values do not all agree'),
    }),
  ),
});

export const claimPage = z.object({ ...pageInfo, items: z.array(storedClaimSchema) });

export const articleSchema = z.object({
  id: z.number().int(),
  storyId: z.number().int(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  publisher: z.string().nullable(),
  text: z.string().describe('exactly the text claim spans index into'),
  claims: z.array(storedClaimSchema).describe('in text order; claims a correction replaced are left out'),
});

export const recordOutcomeSchema = z.object({
  status: z.enum(['new', 'syndicated', 'credited', 'revision', 'known']),
  articleId: z.number().int(),
  storyId: z.number().int().optional(),
  claims: z.number().int().optional(),
});

export const ingestResultSchema = z.object({
  articles: z.array(recordOutcomeSchema.extend({ item: z.string() })),
  failed: z.array(z.object({ item: z.string(), reason: z.string() })),
});

export const identityResultSchema = z.object({ eventId: z.number().int(), device: deviceRefSchema });

export const healthSchema = z.object({ status: z.literal('ok') });

export const errorSchema = z.object({
  error: z.object({
    type: z.string(),
    item: z.string().nullable(),
    reason: z.string(),
    message: z.string(),
  }),
});
