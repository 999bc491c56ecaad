// `hearsay export --format json|csv|claimreview`: graded claims for other tools and sites.
import type { Command } from 'commander';
import { z } from 'zod';
import { EXPORT_FORMATS, exportGrades } from '../../grade/index.js';
import type { CliContext } from '../context.js';
import { usingLedger, withDbOption } from '../db-flag.js';
import { parseFlags } from '../flags.js';
import { writerFor } from '../output.js';

const exportFlags = z.object({
  db: z.string().min(1).optional(),
  format: z.enum(EXPORT_FORMATS, { message: `expected one of ${EXPORT_FORMATS.join(', ')}` }).default('json'),
  device: z.string().trim().min(1).optional(),
  source: z.string().trim().min(1).optional(),
});

export function registerExport(program: Command, context: CliContext): void {
  withDbOption(program.command('export').description('graded claims as JSON, CSV, or schema.org ClaimReview JSON-LD'))
    .option('--format <format>', 'json | csv | claimreview', 'json')
    .option('--device <name>', "only this device's claims")
    .option('--source <name>', "only this source's claims")
    .addHelpText(
      'after',
      '\nExamples:\n  $ hearsay export --format claimreview --device "Pixel 8 Pro" > reviews.jsonld\n  $ hearsay export --format csv --source "@OnLeaks" > onleaks.csv',
    )
    .action(async (raw: Record<string, unknown>) => {
      const flags = parseFlags(exportFlags, raw);
      const text = await usingLedger(flags, context, ({ store }) =>
        exportGrades(store, {
          format: flags.format,
          device: flags.device ?? null,
          source: flags.source ?? null,
          today: new Date().toISOString().slice(0, 10),
        }),
      );
      await writerFor(context.stdout)(text);
    });
}
