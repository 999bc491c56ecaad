// `hearsay show DEVICE`: the consensus sheet; `hearsay timeline DEVICE`: the claims in date order.
import type { Command } from 'commander';
import { z } from 'zod';
import { deviceConsensus, deviceTimeline } from '../../consensus/index.js';
import type { Attribute, Certainty } from '../../core/types.js';
import type { CliContext } from '../context.js';
import { usingLedger, withDbOption } from '../db-flag.js';
import { parseFlags } from '../flags.js';
import { colorsFor, paintCertainty } from '../format/colors.js';
import { formatSheet, sheetJson } from '../format/sheet.js';
import { formatValue } from '../format/value.js';
import { writerFor } from '../output.js';

const showFlags = z.object({
  db: z.string().min(1).optional(),
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'expected a three-letter currency code such as USD')
    .optional(),
  json: z.boolean().default(false),
});

const timelineFlags = z.object({ db: z.string().min(1).optional(), json: z.boolean().default(false) });

export function registerShow(program: Command, context: CliContext): void {
  withDbOption(
    program
      .command('show')
      .description("a device's consensus sheet: candidate values, their support, the leader, conflicts")
      .argument('<device>', 'a device name, alias or codename (see `hearsay devices`)'),
  )
    .option('--currency <code>', "convert prices to this currency at each claim's date (e.g. USD, EUR, GBP)")
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ hearsay show "Pixel 8 Pro"\n  $ hearsay show "Galaxy S24 Ultra" --currency EUR --json',
    )
    .action(async (name: string, raw: Record<string, unknown>) => {
      const flags = parseFlags(showFlags, raw);
      const sheet = await usingLedger(flags, context, ({ ledger }) =>
        deviceConsensus(ledger, name, { currency: flags.currency ?? null }),
      );
      const write = writerFor(context.stdout);
      if (flags.json) await write(`${JSON.stringify(sheetJson(sheet), null, 2)}\n`);
      else await write(formatSheet(sheet, colorsFor(context.stdout, context.env)));
    });

  withDbOption(
    program
      .command('timeline')
      .description("a device's claims in date order, each marked new, repeat or contradicts")
      .argument('<device>', 'a device name, alias or codename'),
  )
    .option('--json', 'print JSON Lines, one claim per line')
    .action(async (name: string, raw: Record<string, unknown>) => {
      const flags = parseFlags(timelineFlags, raw);
      const { device, entries } = await usingLedger(flags, context, ({ ledger }) => deviceTimeline(ledger, name));
      const write = writerFor(context.stdout);
      if (flags.json) {
        for (const { claim, mark } of entries) await write(`${JSON.stringify({ ...claim, mark })}\n`);
        return;
      }
      const colors = colorsFor(context.stdout, context.env);
      await write(`${colors.bold(device.name)}  ${colors.dim(`${entries.length} claims`)}\n`);
      for (const { claim, mark } of entries) {
        const shownMark =
          mark === 'contradicts' ? colors.red(mark) : mark === 'new' ? colors.cyan(mark) : colors.dim(mark);
        const scope = claim.qualifier ? ` (${claim.qualifier})` : '';
        const source = claim.source ? ` — ${claim.source}` : '';
        await write(
          `${claim.claimedOn}  ${shownMark.padEnd(11)} ${claim.attribute}${scope} = ${formatValue(claim.attribute as Attribute, claim.value)}  ${paintCertainty(colors, claim.certainty as Certainty)}${source}  ${colors.dim(claim.publisher ?? '')}\n`,
        );
      }
    });
}
