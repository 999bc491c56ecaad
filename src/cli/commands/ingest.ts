// `hearsay ingest PATH|URL|FEED...`: read, extract and record articles, with a progress bar and a summary.
import type { Command } from 'commander';
import { z } from 'zod';
import { ingestSources } from '../../app/index.js';
import { recordGrades } from '../../grade/index.js';
import type { CliContext } from '../context.js';
import { usingLedger, withDbOption } from '../db-flag.js';
import { parseFlags, isoDate, sizeFlag } from '../flags.js';
import { reportIngest } from '../ingest-report.js';

const EXAMPLES = `
Examples:
  $ hearsay ingest samples/
  $ hearsay ingest https://example.com/feed.xml https://example.com/leak.html
  $ hearsay ingest saved-feed.xml --offline      # use only the text the feed carries
  $ HEARSAY_DB=news.db hearsay ingest articles/`;

const ingestFlags = z.object({
  db: z.string().min(1).optional(),
  published: isoDate.optional(),
  publisher: z.string().trim().min(1, 'must not be empty').optional(),
  maxSize: sizeFlag,
  allowPrivate: z.boolean().default(false),
  offline: z.boolean().default(false),
  timeout: z.coerce.number().int().min(1).max(600).default(15),
  quiet: z.boolean().default(false),
});

export function registerIngest(program: Command, context: CliContext): void {
  withDbOption(
    program
      .command('ingest')
      .description('read articles, pages and feeds; extract their claims; record them in the ledger')
      .argument('<source...>', 'files, folders (read recursively), http(s) URLs of articles or RSS/Atom feeds, or -'),
  )
    .option('--published <date>', 'publication date for articles that carry none, YYYY-MM-DD')
    .option('--publisher <name>', "the publisher's name, overriding the articles' own")
    .option('--max-size <size>', 'refuse inputs bigger than this (bytes, or e.g. 5MB)', '5MB')
    .option('--allow-private', 'allow URLs on loopback, private and link-local addresses')
    .option('--offline', 'never use the network: feed entries use only the text they carry')
    .option('--timeout <seconds>', 'give up on a URL after this many seconds', '15')
    .option('--quiet', 'no progress bar')
    .addHelpText('after', EXAMPLES)
    .action(async (sources: string[], raw: Record<string, unknown>) => {
      const flags = parseFlags(ingestFlags, raw);
      await usingLedger(flags, context, async ({ ledger, store }) => {
        await reportIngest(
          ingestSources(ledger, store, sources, {
            maxBytes: flags.maxSize,
            allowPrivate: flags.allowPrivate,
            offline: flags.offline,
            today: new Date().toISOString().slice(0, 10),
            fetch: { timeoutMs: flags.timeout * 1000 },
            ...(flags.published === undefined ? {} : { published: flags.published }),
            ...(flags.publisher === undefined ? {} : { publisher: flags.publisher }),
          }),
          context,
          { quiet: flags.quiet },
        );
        // An official article is an official value: grades that changed because of it join the trail now.
        await recordGrades(store);
      });
    });
}
