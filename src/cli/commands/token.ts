// `hearsay token create|list`: bearer tokens for the HTTP API's writes. A token is printed once; only its
// SHA-256 is stored.
import type { Command } from 'commander';
import { z } from 'zod';
import { createApiToken, listApiTokens } from '../../app/index.js';
import type { CliContext } from '../context.js';
import { usingLedger, withDbOption } from '../db-flag.js';
import { parseFlags } from '../flags.js';
import { writerFor } from '../output.js';

const createFlags = z.object({
  db: z.string().min(1).optional(),
  name: z.string().trim().min(1, 'must not be empty').max(100, 'at most 100 characters').default('default'),
  json: z.boolean().default(false),
});
const listFlags = z.object({ db: z.string().min(1).optional(), json: z.boolean().default(false) });

export function registerToken(program: Command, context: CliContext): void {
  const token = program.command('token').description('bearer tokens for the HTTP API (writes need one)');
  withDbOption(token.command('create').description('make a token and print it (it is shown only this once)'))
    .option('--name <name>', 'who or what the token is for', 'default')
    .option('--json', 'print JSON')
    .action(async (raw: Record<string, unknown>) => {
      const flags = parseFlags(createFlags, raw);
      const created = await usingLedger(flags, context, ({ store }) => createApiToken(store, flags.name));
      const write = writerFor(context.stdout);
      if (flags.json) {
        await write(`${JSON.stringify(created)}\n`);
        return;
      }
      await write(`${created.token}\n`);
      context.stderr.write(
        `token ${created.id} "${created.name}" created; it is not stored and cannot be shown again.\nUse it as: Authorization: Bearer <token>\n`,
      );
    });
  withDbOption(token.command('list').description('the tokens made so far (names and dates, never the tokens)'))
    .option('--json', 'print JSON')
    .action(async (raw: Record<string, unknown>) => {
      const flags = parseFlags(listFlags, raw);
      const tokens = await usingLedger(flags, context, ({ store }) => listApiTokens(store));
      const write = writerFor(context.stdout);
      if (flags.json) {
        await write(`${JSON.stringify(tokens, null, 2)}\n`);
        return;
      }
      if (tokens.length === 0) await write('no tokens yet: hearsay token create --name NAME\n');
      for (const t of tokens) await write(`${String(t.id).padStart(4)}  ${t.name.padEnd(24)} ${t.createdAt}\n`);
    });
}
