// `hearsay catalog import FILE`: official values from a spec-sheet CSV.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import { fsError } from '../../app/files/fs-errors.js';
import { importCatalog } from '../../grade/index.js';
import type { CliContext } from '../context.js';
import { usingLedger, withDbOption } from '../db-flag.js';
import { parseFlags } from '../flags.js';
import { writerFor } from '../output.js';

const importFlags = z.object({
  db: z.string().min(1).optional(),
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'expected a three-letter currency code such as EUR')
    .transform((c) => c.toUpperCase())
    .optional(),
  json: z.boolean().default(false),
  problems: z.coerce.number().int().min(0).default(10),
});

export function registerCatalog(program: Command, context: CliContext): void {
  const catalog = program.command('catalog').description('official spec sheets');
  withDbOption(
    catalog
      .command('import')
      .description('import official values from a spec-sheet CSV (columns in the README) and regrade')
      .argument('<file>', 'the CSV file'),
  )
    .option('--currency <code>', 'the currency of bare price numbers when the file has no currency column')
    .option('--problems <n>', 'how many unreadable cells to list (all are counted)', '10')
    .option('--json', 'print JSON')
    .action(async (file: string, raw: Record<string, unknown>) => {
      const flags = parseFlags(importFlags, raw);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        throw fsError(file, error);
      }
      const result = await usingLedger(flags, context, ({ store }) =>
        importCatalog(store, text, {
          file,
          currency: flags.currency ?? null,
          today: new Date().toISOString().slice(0, 10),
        }),
      );
      const write = writerFor(context.stdout);
      if (flags.json) {
        await write(`${JSON.stringify(result, null, 2)}\n`);
        return;
      }
      await write(
        `catalog: ${result.rows} rows, ${result.devices} devices (${result.matched} in the ledger), ${result.added} official values added, ${result.unchanged} unchanged, ${result.cancelled} cancelled; ${result.problems.length} unreadable cells; ${result.regrade.first} claims graded, ${result.regrade.changed} regraded\n`,
      );
      if (result.ignoredColumns.length > 0)
        await write(`catalog: columns not used: ${result.ignoredColumns.join(', ')}\n`);
      for (const p of result.problems.slice(0, flags.problems)) {
        context.stderr.write(`catalog: ${file}:${p.line}: ${p.column}: ${p.reason}\n`);
      }
      if (result.problems.length > flags.problems) {
        context.stderr.write(`catalog: … and ${result.problems.length - flags.problems} more\n`);
      }
    });
}
