// Serving from the CLI (`hearsay serve`, `npm start`): build the server, listen, print the URL, and keep
// running until Ctrl-C or SIGTERM, then close the server and the database cleanly.
import { z } from 'zod';
import type { Hearsay } from '../app/index.js';
import { buildServer, listen } from '../server/index.js';
import type { CliContext } from './context.js';
import { writerFor } from './output.js';

export const serveFlags = {
  port: z.coerce.number().int().min(0, 'a port is 0–65535').max(65535, 'a port is 0–65535').default(8080),
  host: z.string().min(1).default('127.0.0.1'),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
};

export interface ServeSettings {
  port: number;
  host: string;
  logLevel: string;
}

/** Resolves once a signal asked the server to stop and it has closed. */
export async function serveUntilStopped(hearsay: Hearsay, settings: ServeSettings, context: CliContext): Promise<void> {
  // pino writes JSON lines to stderr, so stdout stays readable (the URL line) and can be piped on its own.
  const app = await buildServer({
    hearsay,
    logger: { level: settings.logLevel, stream: context.stderr },
  });
  const stopped = new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  const url = await listen(app, { host: settings.host, port: settings.port });
  const write = writerFor(context.stdout);
  await write(
    `hearsay is serving ${url}/\n  API: ${url}/api (OpenAPI: ${url}/openapi.json) · health: ${url}/healthz\n`,
  );
  await write('  writes need a token: hearsay token create --name NAME · stop with Ctrl-C\n');
  const signal = await stopped;
  app.log.info({ signal }, 'shutting down');
  await app.close();
}
