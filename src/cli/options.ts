// The flags of `hearsay extract`.
import { z } from 'zod';
import { isoDate, parseFlags, sizeFlag } from './flags.js';

export { parseSize } from './flags.js';

const extractFlagsSchema = z
  .object({
    published: isoDate.optional(),
    publisher: z.string().trim().min(1, 'must not be empty').optional(),
    json: z.boolean().default(false),
    jsonl: z.boolean().default(false),
    text: z.boolean().default(false),
    explain: z.boolean().default(false),
    debug: z.boolean().default(false),
    maxSize: sizeFlag,
  })
  .superRefine((flags, ctx) => {
    if (flags.json && flags.jsonl)
      ctx.addIssue({ code: 'custom', path: ['json'], message: 'cannot be used with --jsonl' });
    if (flags.text && (flags.json || flags.jsonl)) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'cannot be used with --json or --jsonl' });
    }
  });

export type ExtractFlags = z.output<typeof extractFlagsSchema>;

/** Throws InputError('cli', flag, reason) for the first problem found. */
export function parseExtractFlags(raw: Record<string, unknown>): ExtractFlags {
  return parseFlags(extractFlagsSchema, raw);
}
