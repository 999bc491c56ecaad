// `hearsay migrate`: bring a database's schema up to this version of hearsay.
import type { Command } from 'commander';
import { z } from 'zod';
import { migrateToLatest } from '../../db/index.js';
import type { CliContext } from '../context.js';
import { usingLedger, withDbOption } from '../db-flag.js';
import { parseFlags } from '../flags.js';
import { writerFor } from '../output.js';

export function registerMigrate(program: Command, context: CliContext): void {
  withDbOption(program.command('migrate').description('apply pending schema migrations to the database')).action(
    async (raw: Record<string, unknown>) => {
      const flags = parseFlags(z.object({ db: z.string().min(1).optional() }), raw);
      const applied = await usingLedger(
        flags,
        context,
        ({ store }) => migrateToLatest(store.db, store.dialect, store.location),
        { migrate: 'never' },
      );
      const write = writerFor(context.stdout);
      await write(applied.length === 0 ? 'migrate: already up to date\n' : `migrate: applied ${applied.join(', ')}\n`);
    },
  );
}
