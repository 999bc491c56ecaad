// `hearsay start` (npm start): a tour over the bundled samples/ folder, ending with a one-line tally.
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { extractClaims } from '../../extract/index.js';
import { reportTo, type CliContext } from '../context.js';
import { eachArticle } from '../each-article.js';
import { EXIT_ITEM_FAILED } from '../errors.js';
import { colorsFor } from '../format/colors.js';
import { formatReport } from '../format/report.js';
import { summaryLine, Tally } from '../format/summary.js';
import { ARTICLE_EXTENSIONS, expandInputs } from '../inputs.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/index.js';
import { writerFor } from '../output.js';

/** Resolved from this file, not the working directory, so `npm start` works from anywhere. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../../samples/', import.meta.url));

async function hasArticles(dir: string): Promise<boolean> {
  for await (const input of expandInputs([dir])) return !('error' in input);
  return false;
}

export function registerStart(program: Command, context: CliContext): void {
  program
    .command('start')
    .description('extract claims from every sample article bundled in samples/ and summarise them')
    .addHelpText('after', '\nExample:\n  $ npm start        # the same as: hearsay start')
    .action(async () => {
      const write = writerFor(context.stdout);
      if (!(await hasArticles(SAMPLES_DIR))) {
        await write(`No sample articles yet: ${SAMPLES_DIR} has no ${ARTICLE_EXTENSIONS.join(' ')} files.\n`);
        return;
      }
      const colors = colorsFor(context.stdout, context.env);
      const tally = new Tally();
      const options = { maxBytes: DEFAULT_MAX_BYTES, reportError: reportTo(context.stderr) };
      const outcome = await eachArticle([SAMPLES_DIR], options, async (path, article) => {
        const { result } = extractClaims(article);
        tally.add(result);
        const shown = join('samples', relative(SAMPLES_DIR, path));
        await write(`${formatReport(shown, result, { colors })}\n`);
      });
      await write(`${summaryLine(tally, outcome.failed)}\n`);
      if (outcome.failed > 0) context.exitCode = Math.max(context.exitCode, EXIT_ITEM_FAILED);
    });
}
