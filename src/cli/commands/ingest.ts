// `hearsay ingest PATH|URL|FEED...`: read, extract and record articles, with a progress bar and a summary.
import type { Command } from 'commander';
import { z } from 'zod';
import { ingestSources, IngestSummary } from '../../app/index.js';
import { reportTo, type CliContext } from '../context.js';
import { usingLedger, withDbOption } from '../db-flag.js';
import { errorLine, EXIT_ITEM_FAILED } from '../errors.js';
import { parseFlags, isoDate, sizeFlag } from '../flags.js';
import { progressFor } from '../format/progress.js';
import { writerFor } from '../output.js';

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

export function summaryText(summary: IngestSummary, seconds: number): string {
  const parts = [
    `${summary.new} new`,
    `${summary.known} already known`,
    `${summary.syndicated} syndicated copies`,
    ...(summary.revisions > 0 ? [`${summary.revisions} revised`] : []),
    ...(summary.feeds > 0 ? [`${summary.feeds} feeds read`] : []),
    ...(summary.unchanged > 0 ? [`${summary.unchanged} feeds unchanged`] : []),
    `${summary.failed} failed`,
    `${summary.claims} claims added`,
  ];
  return `ingest: ${parts.join(', ')} (${seconds.toFixed(1)} s)`;
}

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
      const started = Date.now();
      const summary = new IngestSummary();
      const progress = flags.quiet ? progressFor({ isTTY: false } as never) : progressFor(context.stderr as never);
      const report = reportTo(context.stderr);
      await usingLedger(flags, context, async ({ ledger, store }) => {
        const events = ingestSources(ledger, store, sources, {
          maxBytes: flags.maxSize,
          allowPrivate: flags.allowPrivate,
          offline: flags.offline,
          today: new Date().toISOString().slice(0, 10),
          fetch: { timeoutMs: flags.timeout * 1000 },
          ...(flags.published === undefined ? {} : { published: flags.published }),
          ...(flags.publisher === undefined ? {} : { publisher: flags.publisher }),
        });
        for await (const event of events) {
          summary.add(event);
          if (event.type === 'failed') {
            progress.clear();
            report(errorLine(event.error));
          }
          progress.update(summary.done, summary.total);
        }
      });
      progress.clear();
      await writerFor(context.stdout)(`${summaryText(summary, (Date.now() - started) / 1000)}\n`);
      if (summary.failed > 0) context.exitCode = Math.max(context.exitCode, EXIT_ITEM_FAILED);
    });
}
