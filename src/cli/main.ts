// The command table: every `hearsay` subcommand is registered here, and the exit code is decided here.
import { Command, CommanderError } from 'commander';
import type { CliContext } from './context.js';
import { errorLine, exitCodeFor, EXIT_OK } from './errors.js';

type Register = (program: Command, context: CliContext) => void;

// Each command's module, loaded only when needed: `hearsay extract` over a folder should not pay for
// loading the ledger, the database driver and the exchange-rate tables at start-up.
const COMMANDS: readonly (readonly [names: readonly string[], load: () => Promise<Register>])[] = [
  [['extract'], async () => (await import('./commands/extract.js')).registerExtract],
  [['ingest'], async () => (await import('./commands/ingest.js')).registerIngest],
  [['devices'], async () => (await import('./commands/devices.js')).registerDevices],
  [['show', 'timeline'], async () => (await import('./commands/show.js')).registerShow],
  [['migrate'], async () => (await import('./commands/migrate.js')).registerMigrate],
  [['fx'], async () => (await import('./commands/fx.js')).registerFx],
  [['confirm'], async () => (await import('./commands/confirm.js')).registerConfirm],
  [['catalog'], async () => (await import('./commands/catalog.js')).registerCatalog],
  [['grades', 'regrade'], async () => (await import('./commands/grades.js')).registerGrades],
  [['sources', 'source'], async () => (await import('./commands/sources.js')).registerSources],
  [['export'], async () => (await import('./commands/export.js')).registerExport],
  [['start'], async () => (await import('./commands/start.js')).registerStart],
  [['serve'], async () => (await import('./commands/serve.js')).registerServe],
  [['token'], async () => (await import('./commands/token.js')).registerToken],
];

/** The commands to register: the one named first in `argv`, or all of them (help, version, unknown words). */
async function commandsFor(argv: readonly string[]): Promise<Register[]> {
  const named = COMMANDS.find(([names]) => names.includes(argv[0] ?? ''));
  return Promise.all((named ? [named] : COMMANDS).map(([, load]) => load()));
}

function buildProgram(context: CliContext, commands: readonly Register[]): Command {
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
  for (const register of commands) register(program, context);
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  const context: CliContext = { stdout: process.stdout, stderr: process.stderr, env: process.env, exitCode: EXIT_OK };
  try {
    const program = buildProgram(context, await commandsFor(argv));
    await program.parseAsync([...argv], { from: 'user' });
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
