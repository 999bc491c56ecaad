// Flags arrive from commander as strings and booleans; zod turns them into settings or one clear usage error.
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { DEFAULT_MAX_BYTES } from '../ingest/index.js';

function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const UNITS: Readonly<Record<string, number>> = Object.freeze({ '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 });

/** "5MB", "512 KiB", "1048576" → bytes (binary multiples), or null. */
export function parseSize(value: string): number | null {
  const match = /^(\d{1,12}(?:\.\d{1,6})?)\s?([kmg]?)(?:i?b)?$/i.exec(value.trim());
  if (!match) return null;
  const bytes = Math.floor(Number(match[1]) * (UNITS[(match[2] ?? '').toLowerCase()] ?? 1));
  return bytes > 0 ? bytes : null;
}

const FLAG_NAMES: Readonly<Record<string, string>> = Object.freeze({ maxSize: '--max-size' });

const extractFlagsSchema = z
  .object({
    published: z.string().refine(isRealDate, 'expected a real date as YYYY-MM-DD').optional(),
    publisher: z.string().trim().min(1, 'must not be empty').optional(),
    json: z.boolean().default(false),
    jsonl: z.boolean().default(false),
    text: z.boolean().default(false),
    explain: z.boolean().default(false),
    debug: z.boolean().default(false),
    maxSize: z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined) return DEFAULT_MAX_BYTES;
        const bytes = parseSize(value);
        if (bytes === null) {
          ctx.addIssue({ code: 'custom', message: 'expected a size such as 5MB, 512KB or 1048576' });
          return z.NEVER;
        }
        return bytes;
      }),
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
  const parsed = extractFlagsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const key = String(issue?.path[0] ?? 'options');
  const flag = FLAG_NAMES[key] ?? `--${key}`;
  const value = raw[key];
  const item = typeof value === 'string' ? `${flag} ${value}` : flag;
  throw new InputError('cli', item, issue?.message ?? 'invalid value');
}
