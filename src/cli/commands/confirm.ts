// `hearsay confirm DEVICE attribute=value...`: a person's official values, or `--cancelled`.
import type { Command } from 'commander';
import { z } from 'zod';
import { confirmOfficial } from '../../grade/index.js';
import type { CliContext } from '../context.js';
import { usingLedger, withDbOption } from '../db-flag.js';
import { isoDate, parseFlags } from '../flags.js';
import { writerFor } from '../output.js';

const confirmFlags = z.object({
  db: z.string().min(1).optional(),
  source: z.string().trim().min(1, 'must not be empty').optional(),
  on: isoDate.optional(),
  cancelled: z.boolean().default(false),
  active: z.boolean().default(false),
  json: z.boolean().default(false),
});

export function registerConfirm(program: Command, context: CliContext): void {
  withDbOption(
    program
      .command('confirm')
      .description("record a device's official values (or that it was cancelled) and regrade its claims")
      .argument('<device>', 'a device name, alias or codename')
      .argument('[values...]', 'attribute=value pairs; attribute[QUALIFIER]=value for a variant or market'),
  )
    .option('--source <name>', 'who confirms it (a person, a spec page)')
    .option('--on <date>', "the date the values became official (default: the device's announce date, else today)")
    .option('--cancelled', 'the device was cancelled: its claims are void')
    .option('--active', 'undo --cancelled: the device was not cancelled after all')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ hearsay confirm "Pixel 8 Pro" battery_mah=5050 charging_w=30 price="999 USD" --source "Google Store"
  $ hearsay confirm "Pixel 8 Pro" announce_date=2023-10-04 release_date=2023-10-12 storage_gb=128,256,512
  $ hearsay confirm "OnePlus 12" "charging_w[US]=80"
  $ hearsay confirm "Galaxy Note 8 Mini" --cancelled`,
    )
    .action(async (device: string, values: string[], raw: Record<string, unknown>) => {
      const flags = parseFlags(confirmFlags, raw);
      const result = await usingLedger(flags, context, ({ store }) =>
        confirmOfficial(store, {
          device,
          values,
          source: flags.source ?? null,
          knownOn: flags.on ?? null,
          cancelled: flags.cancelled,
          active: flags.active,
          today: new Date().toISOString().slice(0, 10),
        }),
      );
      const write = writerFor(context.stdout);
      if (flags.json) {
        await write(`${JSON.stringify(result, null, 2)}\n`);
        return;
      }
      const status = result.status ? `, marked ${result.status}` : '';
      await write(
        `confirm: ${result.device}: ${result.recorded} official values recorded, ${result.unchanged} unchanged${status}; ${result.regrade.first} claims graded, ${result.regrade.changed} regraded\n`,
      );
    });
}
