// `hearsay extract FILE...`: articles in, claims out as a report, JSON, JSON Lines, or the text spans index into.
import type { Command } from 'commander';
import type { Article } from '../../core/types.js';
import { extractClaims } from '../../extract/index.js';
import { reportTo, type CliContext } from '../context.js';
import { eachArticle } from '../each-article.js';
import { EXIT_ITEM_FAILED } from '../errors.js';
import { colorsFor } from '../format/colors.js';
import { toJsonRecord } from '../format/json.js';
import { formatReport } from '../format/report.js';
import { mayYieldSeveral } from '../../app/files/inputs.js';
import { parseExtractFlags, type ExtractFlags } from '../options.js';
import { writerFor, type Write } from '../output.js';

const EXAMPLES = `
Examples:
  $ hearsay extract article.html
  $ hearsay extract story.txt --published 2013-11-28 --publisher TechRadar --json
  $ curl -s https://example.com/leak | hearsay extract - --json
  $ hearsay extract articles/ --jsonl > claims.jsonl
  $ hearsay extract article.md --text        # the text that claim spans index into
  $ hearsay extract article.md --explain     # which components made each claim`;

type Emit = (path: string, article: Article) => Promise<void>;

function emitterFor(flags: ExtractFlags, several: boolean, context: CliContext, write: Write): Emit {
  const debug = flags.debug ? reportTo(context.stderr) : undefined;
  const extract = (path: string, article: Article) => {
    debug?.(`debug: ingest: ${path}: ${article.format}, ${article.text.length} characters`);
    return extractClaims(article, {
      ...(flags.published === undefined ? {} : { published: flags.published }),
      ...(flags.publisher === undefined ? {} : { publisher: flags.publisher }),
      ...(debug === undefined ? {} : { debug: (line: string) => debug(`debug: ${line}`) }),
    });
  };
  let first = true;
  const separator = () => {
    const gap = first ? '' : '\n';
    first = false;
    return gap;
  };

  if (flags.text) {
    return async (path, article) => {
      const text = article.text.endsWith('\n') ? article.text : `${article.text}\n`;
      await write(several ? `${separator()}==> ${path} <==\n${text}` : text);
    };
  }
  if (flags.jsonl || (flags.json && several)) {
    return async (path, article) => {
      const { result, explain } = extract(path, article);
      const record = toJsonRecord(result, { file: path, ...(flags.explain ? { explain } : {}) });
      await write(`${JSON.stringify(record)}\n`);
    };
  }
  if (flags.json) {
    return async (path, article) => {
      const { result, explain } = extract(path, article);
      await write(`${JSON.stringify(toJsonRecord(result, flags.explain ? { explain } : {}), null, 2)}\n`);
    };
  }
  const colors = colorsFor(context.stdout, context.env);
  return async (path, article) => {
    const { result, explain } = extract(path, article);
    await write(separator() + formatReport(path, result, { colors, ...(flags.explain ? { explain } : {}) }));
  };
}

export function registerExtract(program: Command, context: CliContext): void {
  program
    .command('extract')
    .description('extract claims about unreleased gadgets from articles (text, Markdown or HTML)')
    .argument('<file...>', 'article files, folders (read recursively), or - for standard input')
    .option('--published <date>', "the article's publication date, YYYY-MM-DD (relative dates resolve against it)")
    .option('--publisher <name>', "the publisher's name, overriding the page's own")
    .option('--json', 'print JSON (one object; JSON Lines when there are several articles)')
    .option('--jsonl', 'print JSON Lines: one object per article with its "file"')
    .option('--text', 'print the text that claim spans index into instead of claims')
    .option('--explain', 'show which components made and changed each claim')
    .option('--max-size <size>', 'refuse inputs bigger than this (bytes, or e.g. 5MB)', '5MB')
    .option('--debug', 'trace extraction on standard error')
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], rawFlags: Record<string, unknown>) => {
      const flags = parseExtractFlags(rawFlags);
      const several = flags.jsonl || (await mayYieldSeveral(files));
      const emit = emitterFor(flags, several, context, writerFor(context.stdout));
      const outcome = await eachArticle(
        files,
        { maxBytes: flags.maxSize, reportError: reportTo(context.stderr) },
        emit,
      );
      if (outcome.failed > 0) context.exitCode = Math.max(context.exitCode, EXIT_ITEM_FAILED);
    });
}
