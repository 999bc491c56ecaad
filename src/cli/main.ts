// The command table: every `hearsay` subcommand is registered here, and the exit code is decided here.
import { Command, CommanderError } from 'commander';
import { registerCatalog } from './commands/catalog.js';
import { registerConfirm } from './commands/confirm.js';
import { registerDevices } from './commands/devices.js';
import { registerExport } from './commands/export.js';
import { registerExtract } from './commands/extract.js';
import { registerFx } from './commands/fx.js';
import { registerGrades } from './commands/grades.js';
import { registerIngest } from './commands/ingest.js';
import { registerMigrate } from './commands/migrate.js';
import { registerShow } from './commands/show.js';
import { registerSources } from './commands/sources.js';
import { registerServe } from './commands/serve.js';
import { registerStart } from './commands/start.js';
import { registerToken } from './commands/token.js';
import type { CliContext } from './context.js';
import { errorLine, exitCodeFor, EXIT_OK } from './errors.js';

function buildProgram(context: CliContext): Command {
  const program = new Command('hearsay')
    .description('a ledger of what is claimed about unreleased gadgets: who claimed it, how sure they were')
    .version('0.1.0')
    // Commander's own errors (unknown option, missing argument) are thrown, so errors.ts can map them to exit 2.
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
    })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ hearsay ingest samples/\n  $ hearsay devices\n  $ hearsay show "Pixel 8 Pro" --currency EUR\n  $ hearsay extract article.html --json\n  $ hearsay start',
    );
  registerExtract(program, context);
  registerIngest(program, context);
  registerDevices(program, context);
  registerShow(program, context);
  registerMigrate(program, context);
  registerFx(program, context);
  registerConfirm(program, context);
  registerCatalog(program, context);
  registerGrades(program, context);
  registerSources(program, context);
  registerExport(program, context);
  registerStart(program, context);
  registerServe(program, context);
  registerToken(program, context);
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  const context: CliContext = { stdout: process.stdout, stderr: process.stderr, env: process.env, exitCode: EXIT_OK };
  try {
    await buildProgram(context).parseAsync([...argv], { from: 'user' });
    return context.exitCode;
  } catch (error) {
    const code = exitCodeFor(error);
    // Commander has already printed its own message; ours need one line.
    if (!(error instanceof CommanderError)) context.stderr.write(`${errorLine(error)}\n`);
    return code;
  }
}

// A closed pipe (`hearsay extract … | head`) is a normal way for a reader to stop.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT_OK);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
