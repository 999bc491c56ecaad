// What `ingest` and `start` show while ingesting: a progress bar, one line per failure, and the summary.
import type { IngestEvent } from '../app/index.js';
import { IngestSummary } from '../app/index.js';
import type { CliContext } from './context.js';
import { errorLine, EXIT_ITEM_FAILED } from './errors.js';
import { progressFor, type Progress } from './format/progress.js';
import { writerFor } from './output.js';

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

/** Drains an ingest run, reporting as it goes; ends with the summary line and the exit code. */
export async function reportIngest(
  events: AsyncIterable<IngestEvent>,
  context: CliContext,
  options: { quiet?: boolean } = {},
): Promise<IngestSummary> {
  const started = Date.now();
  const summary = new IngestSummary();
  const progress: Progress = options.quiet ? { update: () => {}, clear: () => {} } : progressFor(context.stderr);
  for await (const event of events) {
    summary.add(event);
    if (event.type === 'failed') {
      progress.clear();
      context.stderr.write(`${errorLine(event.error)}\n`);
    }
    progress.update(summary.done, summary.total);
  }
  progress.clear();
  await writerFor(context.stdout)(`${summaryText(summary, (Date.now() - started) / 1000)}\n`);
  if (summary.failed > 0) context.exitCode = Math.max(context.exitCode, EXIT_ITEM_FAILED);
  return summary;
}
