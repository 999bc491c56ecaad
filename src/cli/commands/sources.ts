// `hearsay sources`: every source's record; `hearsay source NAME`: one source's record, claims and grades.
import type { Command } from 'commander';
import { z } from 'zod';
import { sourceDetail, sourceRecords } from '../../grade/index.js';
import type { CliContext } from '../context.js';
import { usingLedger, withDbOption } from '../db-flag.js';
import { parseFlags } from '../flags.js';
import { colorsFor } from '../format/colors.js';
import { formatCalibration, formatGradedClaim, formatRecords } from '../format/grades.js';
import { writerFor } from '../output.js';

const listFlags = z.object({
  db: z.string().min(1).optional(),
  brand: z.string().trim().min(1, 'must not be empty').optional(),
  json: z.boolean().default(false),
});
const oneFlags = z.object({ db: z.string().min(1).optional(), json: z.boolean().default(false) });

export function registerSources(program: Command, context: CliContext): void {
  withDbOption(
    program
      .command('sources')
      .description('source records: graded claims, accuracy, lead time, Brier score and calibration per source'),
  )
    .option('--brand <brand>', "only claims about this brand's devices")
    .option('--json', 'print JSON (with each calibration table)')
    .addHelpText('after', '\nExamples:\n  $ hearsay sources\n  $ hearsay sources --brand Google --json')
    .action(async (raw: Record<string, unknown>) => {
      const flags = parseFlags(listFlags, raw);
      const records = await usingLedger(flags, context, ({ store }) =>
        sourceRecords(store, { brand: flags.brand ?? null }),
      );
      const write = writerFor(context.stdout);
      if (flags.json) await write(`${JSON.stringify(records, null, 2)}\n`);
      else await write(formatRecords(records, colorsFor(context.stdout, context.env)));
    });

  withDbOption(
    program
      .command('source')
      .description("one source's record, calibration table, and every claim credited to it with its grade")
      .argument('<name>', 'a source as `hearsay sources` lists it (case and a leading @ do not matter)'),
  )
    .option('--json', 'print JSON')
    .action(async (name: string, raw: Record<string, unknown>) => {
      const flags = parseFlags(oneFlags, raw);
      const detail = await usingLedger(flags, context, ({ store }) => sourceDetail(store, name));
      const write = writerFor(context.stdout);
      if (flags.json) {
        await write(`${JSON.stringify(detail, null, 2)}\n`);
        return;
      }
      const colors = colorsFor(context.stdout, context.env);
      await write(formatRecords([detail.record], colors));
      await write(`\n${formatCalibration(detail.record.calibration)}\n`);
      for (const c of detail.claims) await write(formatGradedClaim(c, colors, { showDevice: true }));
    });
}
