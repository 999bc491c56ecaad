// `hearsay serve`: the HTTP API (and the web UI, when mounted) over the ledger, until stopped.
import type { Command } from 'commander';
import { z } from 'zod';
import type { CliContext } from '../context.js';
import { usingLedger, withDbOption } from '../db-flag.js';
import { parseFlags } from '../flags.js';
import { serveFlags, serveUntilStopped } from '../serve-until-stopped.js';

const flagsSchema = z.object({ db: z.string().min(1).optional(), ...serveFlags });

export function withServeOptions(command: Command): Command {
  return command
    .option('--port <n>', 'the port to listen on (0: any free port)', '8080')
    .option('--host <address>', 'the address to listen on (0.0.0.0 for every interface)', '127.0.0.1')
    .option('--log-level <level>', 'JSON request logs on stderr: info, warn, error, silent', 'info');
}

export function registerServe(program: Command, context: CliContext): void {
  withServeOptions(withDbOption(program.command('serve').description('serve the HTTP API over the ledger')))
    .addHelpText(
      'after',
      `
Examples:
  $ hearsay serve                          # http://127.0.0.1:8080/api
  $ hearsay serve --port 9000 --db news.db
  $ hearsay token create --name editor     # a token for the API's writes`,
    )
    .action(async (raw: Record<string, unknown>) => {
      const flags = parseFlags(flagsSchema, raw);
      await usingLedger(flags, context, (hearsay) => serveUntilStopped(hearsay, flags, context));
    });
}
