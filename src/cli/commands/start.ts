// `hearsay start` (npm start): on an empty default database, ingest the bundled samples/; then serve the HTTP
// API over it. `--no-serve` shows what the ledger knows instead: a summary and the consensus sheets of the
// devices with the most independent stories.
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { z } from 'zod';
import { ingestSources } from '../../app/index.js';
import { deviceConsensus } from '../../consensus/index.js';
import type { CliContext } from '../context.js';
import { usingLedger, withDbOption } from '../db-flag.js';
import { parseFlags } from '../flags.js';
import { colorsFor } from '../format/colors.js';
import { formatSheet } from '../format/sheet.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/index.js';
import { writerFor } from '../output.js';
import { reportIngest } from '../ingest-report.js';
import { serveFlags, serveUntilStopped } from '../serve-until-stopped.js';
import { withServeOptions } from './serve.js';

/** Resolved from this file, not the working directory, so `npm start` works from anywhere. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../../samples/', import.meta.url));

const startFlags = z.object({
  db: z.string().min(1).optional(),
  serve: z.boolean().default(true),
  ...serveFlags,
  devices: z.coerce.number().int().min(0).max(100).default(4),
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'expected a three-letter currency code such as USD')
    .default('USD'),
});

export function registerStart(program: Command, context: CliContext): void {
  withServeOptions(
    withDbOption(
      program
        .command('start')
        .description('ingest the bundled samples into an empty database, then serve the API (or, --no-serve, show it)'),
    ),
  )
    .option('--no-serve', 'print a summary and consensus sheets instead of serving')
    .option('--devices <n>', 'with --no-serve: how many consensus sheets to show', '4')
    .option('--currency <code>', 'currency to show prices in', 'USD')
    .addHelpText(
      'after',
      '\nExamples:\n  $ npm start                   # the same as: hearsay start\n  $ hearsay start --no-serve    # the text summary instead of the server',
    )
    .action(async (raw: Record<string, unknown>) => {
      const flags = parseFlags(startFlags, raw);
      const write = writerFor(context.stdout);
      const colors = colorsFor(context.stdout, context.env);
      await usingLedger(flags, context, async (hearsay) => {
        const { ledger, store } = hearsay;
        const before = await ledger.counts();
        if (before.articles === 0) {
          await write(`Ingesting the sample articles in ${SAMPLES_DIR} into ${store.location}…\n`);
          const today = new Date().toISOString().slice(0, 10);
          const options = { maxBytes: DEFAULT_MAX_BYTES, allowPrivate: false, offline: true, today };
          await reportIngest(ingestSources(ledger, store, [SAMPLES_DIR], options), context);
        } else {
          await write(`Using ${store.location} (not empty, so the samples were not ingested again).\n`);
        }
        const counts = await ledger.counts();
        await write(
          `\n${colors.bold('Ledger')}: ${counts.articles} articles in ${counts.stories} independent stories, ${counts.devices} devices, ${counts.claims} claims.\n`,
        );
        if (flags.serve) {
          await write('\n');
          await serveUntilStopped(hearsay, flags, context);
          return;
        }
        const devices = (await ledger.listDevices()).sort((a, b) => b.stories - a.stories || b.claims - a.claims);
        for (const device of devices.slice(0, flags.devices)) {
          const sheet = await deviceConsensus(ledger, device.name, { currency: flags.currency });
          await write(`\n${formatSheet(sheet, colors)}`);
        }
        await write(`\nMore: hearsay devices · hearsay show DEVICE · hearsay timeline DEVICE · hearsay --help\n`);
      });
    });
}
