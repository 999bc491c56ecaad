// Flags arrive from commander as strings and booleans; zod turns them into settings or one clear usage error.
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { DEFAULT_MAX_BYTES } from '../ingest/index.js';

export function isRealDate(value: string): boolean {
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

export const isoDate = z.string().refine(isRealDate, 'expected a real date as YYYY-MM-DD');

export const sizeFlag = z
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
  });

/** camelCase option key → the flag a person typed. */
function flagName(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** Throws InputError('cli', flag, reason) for the first problem found. */
export function parseFlags<S extends z.ZodType>(schema: S, raw: Record<string, unknown>): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const key = String(issue?.path[0] ?? 'options');
  const value = raw[key];
  const item = typeof value === 'string' ? `${flagName(key)} ${value}` : flagName(key);
  throw new InputError('cli', item, issue?.message ?? 'invalid value');
}
