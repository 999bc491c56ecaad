// `hearsay grades DEVICE`: a device's claims graded against its official values, with the grade trail;
// `hearsay regrade`: append grade changes to the trail (confirm, catalog import and ingest do it too).
import type { Command } from 'commander';
import { z } from 'zod';
import type { Attribute } from '../../core/types.js';
import { deviceGrades, recordGrades } from '../../grade/index.js';
import type { CliContext } from '../context.js';
import { usingLedger, withDbOption } from '../db-flag.js';
import { parseFlags } from '../flags.js';
import { colorsFor } from '../format/colors.js';
import { formatGradedClaim } from '../format/grades.js';
import { formatValue } from '../format/value.js';
import { writerFor } from '../output.js';

const flagsSchema = z.object({ db: z.string().min(1).optional(), json: z.boolean().default(false) });

export function registerGrades(program: Command, context: CliContext): void {
  withDbOption(
    program
      .command('grades')
      .description("a device's claims graded right / partly / wrong / pending / void, and the grade trail")
      .argument('<device>', 'a device name, alias or codename'),
  )
    .option('--json', 'print JSON')
    .action(async (name: string, raw: Record<string, unknown>) => {
      const flags = parseFlags(flagsSchema, raw);
      const grades = await usingLedger(flags, context, ({ store }) => deviceGrades(store, name));
      const write = writerFor(context.stdout);
      if (flags.json) {
        await write(`${JSON.stringify(grades, null, 2)}\n`);
        return;
      }
      const colors = colorsFor(context.stdout, context.env);
      const counts = Object.entries(grades.counts)
        .map(([g, n]) => `${n} ${g}`)
        .join(', ');
      await write(
        `${colors.bold(grades.device.name)}${grades.cancelled ? colors.red('  cancelled') : ''}  ${colors.dim(counts)}\n`,
      );
      await write(`${colors.bold('official values')}\n`);
      for (const o of grades.officials) {
        const scope = o.qualifier ? ` (${o.qualifier})` : '';
        await write(
          `  ${o.attribute}${scope} = ${formatValue(o.attribute as Attribute, o.value)}  ${colors.dim(`${o.origin} ${o.ref}, ${o.source ?? '-'}, ${o.knownOn}`)}\n`,
        );
      }
      await write(`${colors.bold('claims')}\n`);
      for (const c of grades.claims) await write(formatGradedClaim(c, colors, { showDevice: false }));
      const changes = grades.trail.filter((t) => t.replaces !== null);
      if (changes.length > 0) {
        await write(`${colors.bold('regrades')}\n`);
        for (const t of changes) await write(`  ${t.recordedAt.slice(0, 10)}  claim ${t.claimId}: ${t.reason}\n`);
      }
    });

  withDbOption(
    program.command('regrade').description('grade every claim and record what changed since the last time, with why'),
  ).action(async (raw: Record<string, unknown>) => {
    const flags = parseFlags(z.object({ db: z.string().min(1).optional() }), raw);
    const summary = await usingLedger(flags, context, ({ store }) => recordGrades(store));
    await writerFor(context.stdout)(
      `grade: ${summary.first} claims graded for the first time, ${summary.changed} regraded\n`,
    );
  });
}
