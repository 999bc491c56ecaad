// `hearsay devices`: list devices; `alias`, `merge`, `undo`, `history` fix and review their identities.
import type { Command } from 'commander';
import { z } from 'zod';
import { InputError } from '../../core/errors.js';
import type { CliContext } from '../context.js';
import { usingLedger, withDbOption } from '../db-flag.js';
import { parseFlags } from '../flags.js';
import { colorsFor } from '../format/colors.js';
import { writerFor } from '../output.js';

const dbOnly = z.object({ db: z.string().min(1).optional() });
const listFlags = dbOnly.extend({
  json: z.boolean().default(false),
  search: z.string().optional(),
  all: z.boolean().default(false),
});

export function registerDevices(program: Command, context: CliContext): void {
  const devices = withDbOption(
    program
      .command('devices')
      .description('list the devices in the ledger, or fix their identities (alias, merge, undo)')
      .option('--json', 'print JSON')
      .option('--search <text>', 'only devices whose name contains this text')
      .option('--all', 'also devices only mentioned in passing (no claims of their own)'),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ hearsay devices
  $ hearsay devices alias "Xperia Z1 Compact" "Xperia Z1s"   # the leaked name of the shipped phone
  $ hearsay devices merge "Pixel 8 Pro" "Google Husky"
  $ hearsay devices history
  $ hearsay devices undo 3`,
    )
    .action(async (raw: Record<string, unknown>) => {
      const flags = parseFlags(listFlags, raw);
      const list = await usingLedger(flags, context, ({ ledger }) => ledger.listDevices());
      const needle = flags.search?.toLowerCase();
      const shown = list.filter(
        (d) => (flags.all || d.claims > 0) && (!needle || d.name.toLowerCase().includes(needle)),
      );
      const write = writerFor(context.stdout);
      if (flags.json) {
        await write(`${JSON.stringify(shown, null, 2)}\n`);
        return;
      }
      const colors = colorsFor(context.stdout, context.env);
      if (shown.length === 0) await write('no devices yet: ingest some articles first (hearsay ingest PATH)\n');
      for (const d of shown.sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name))) {
        const members = d.members.length > 0 ? colors.dim(`  (also: ${d.members.join(', ')})`) : '';
        const seen = d.firstSeen ? `${d.firstSeen} → ${d.lastSeen}` : 'no claims';
        await write(
          `${d.name.padEnd(32)} ${String(d.claims).padStart(5)} claims  ${String(d.stories).padStart(4)} stories  ${colors.dim(seen)}${members}\n`,
        );
      }
    });

  withDbOption(
    devices
      .command('alias')
      .description('record that ALIAS names the same device as NAME (a device stored under ALIAS joins it)')
      .argument('<name>')
      .argument('<alias>'),
  ).action(async (name: string, alias: string, raw: Record<string, unknown>) => {
    const flags = parseFlags(dbOnly, raw);
    const { eventId, device } = await usingLedger(flags, context, ({ ledger }) => ledger.alias(name, alias));
    await writerFor(context.stdout)(
      `devices: "${alias}" now names ${device.name} (change ${eventId}; undo with \`hearsay devices undo ${eventId}\`)\n`,
    );
  });

  withDbOption(
    devices
      .command('merge')
      .description("fold device B into device A: B's claims count for A")
      .argument('<a>', 'the device that remains')
      .argument('<b>', 'the device folded into it'),
  ).action(async (a: string, b: string, raw: Record<string, unknown>) => {
    const flags = parseFlags(dbOnly, raw);
    const result = await usingLedger(flags, context, ({ ledger }) => ledger.merge(a, b));
    await writerFor(context.stdout)(
      `devices: ${result.from.name} merged into ${result.into.name} (change ${result.eventId}; undo with \`hearsay devices undo ${result.eventId}\`)\n`,
    );
  });

  withDbOption(
    devices.command('undo').description('revert an alias or merge by its change number').argument('<change>'),
  ).action(async (change: string, raw: Record<string, unknown>) => {
    const flags = parseFlags(dbOnly, raw);
    const id = Number(change);
    if (!Number.isSafeInteger(id) || id <= 0)
      throw new InputError('cli', change, 'expected a change number (see `hearsay devices history`)');
    const undone = await usingLedger(flags, context, ({ ledger }) => ledger.undo(id));
    await writerFor(context.stdout)(`devices: change ${id} undone (recorded as change ${undone.join(', ')})\n`);
  });

  withDbOption(devices.command('history').description('every identity change, oldest first')).action(
    async (raw: Record<string, unknown>) => {
      const flags = parseFlags(dbOnly, raw);
      const { events, names } = await usingLedger(flags, context, async ({ ledger }) => {
        const list = await ledger.history();
        const all = await ledger.store.db.selectFrom('device').select(['id', 'name']).execute();
        return { events: list, names: new Map(all.map((d) => [d.id, d.name])) };
      });
      const write = writerFor(context.stdout);
      if (events.length === 0) await write('no identity changes yet\n');
      for (const e of events) {
        const device = names.get(e.device_id ?? -1) ?? '?';
        const what =
          e.kind === 'alias'
            ? `alias "${e.alias}" → ${device}`
            : e.kind === 'merge'
              ? `merge ${names.get(e.other_device_id ?? -1) ?? '?'} into ${device}`
              : `undo change ${e.undoes}`;
        await write(`${String(e.id).padStart(4)}  ${e.created_at}  ${what}\n`);
      }
    },
  );
}
