// The CLAIMS.md contract as zod schemas: used to validate output in tests and input at the edges.
import { z } from 'zod';
import { ATTRIBUTES, CERTAINTIES, EVIDENCE_KINDS, RELATION_TYPES } from './types.js';

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const moneySchema = z.object({ amount: z.number().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/) });
export const dateIntervalSchema = z.object({ from: isoDateSchema, to: isoDateSchema });

export const claimSchema = z.object({
  device: z.string().min(1),
  attribute: z.enum(ATTRIBUTES),
  value: z.union([moneySchema, dateIntervalSchema, z.number(), z.array(z.number()), z.string(), z.array(z.string())]),
  qualifier: z.string().nullable(),
  certainty: z.enum(CERTAINTIES),
  confidence: z.number().min(0).max(1),
  source: z.string().nullable(),
  evidence: z.enum(EVIDENCE_KINDS).nullable(),
  span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
  quote: z.string(),
});

export const deviceSchema = z.object({
  name: z.string().min(1),
  brand: z.string().nullable(),
  aliases: z.array(z.string()),
  relations: z.array(z.object({ type: z.enum(RELATION_TYPES), device: z.string() })),
});

export const extractionResultSchema = z.object({
  title: z.string().nullable(),
  published: isoDateSchema.nullable(),
  publisher: z.string().nullable(),
  authors: z.array(z.string()),
  via: z.array(z.string()),
  devices: z.array(deviceSchema),
  claims: z.array(claimSchema),
});
