// `hearsay fx import FILE`: load a newer ECB reference-rate CSV into the database.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import { importRates } from '../../consensus/index.js';
import { fsError } from '../../app/files/fs-errors.js';
import type { CliContext } from '../context.js';
import { usingLedger, withDbOption } from '../db-flag.js';
import { parseFlags } from '../flags.js';
import { writerFor } from '../output.js';

export function registerFx(program: Command, context: CliContext): void {
  const fx = program.command('fx').description('reference exchange rates used to compare prices');
  withDbOption(
    fx
      .command('import')
      .description('import an ECB reference-rate CSV (eurofxref-hist.csv or eurofxref.csv) into the database')
      .argument('<file>', 'the CSV file, as downloaded from the ECB and unzipped'),
  ).action(async (file: string, raw: Record<string, unknown>) => {
    const flags = parseFlags(z.object({ db: z.string().min(1).optional() }), raw);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw fsError(file, error);
    }
    const result = await usingLedger(flags, context, ({ store }) => importRates(store, text, file));
    await writerFor(context.stdout)(
      `fx: imported ${result.rows} rates for ${result.currencies} currencies, ${result.from ?? '-'} to ${result.to ?? '-'}\n`,
    );
  });
}
