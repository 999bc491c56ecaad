// The `--db FILE` option every ledger command shares, and opening the ledger it names.
import type { Command } from 'commander';
import { openHearsay, resolveDbFile, type Hearsay } from '../app/index.js';
import type { OpenOptions } from '../db/index.js';
import type { CliContext } from './context.js';

export function withDbOption(command: Command): Command {
  return command.option('--db <file>', 'the SQLite database file (default: $HEARSAY_DB or ./hearsay.db)');
}

/** Opens the ledger, runs `body`, and always closes it. */
export async function usingLedger<T>(
  flags: { db?: string },
  context: CliContext,
  body: (hearsay: Hearsay) => Promise<T>,
  options: OpenOptions = {},
): Promise<T> {
  const hearsay = await openHearsay(resolveDbFile(flags.db, context.env), options);
  try {
    return await body(hearsay);
  } finally {
    await hearsay.close();
  }
}
