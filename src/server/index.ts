// The composition root of the surfaces, as src/app is for the stages: one Fastify instance with the API
// under /api/v1 (plus /openapi.json and /api) and the web UI at /. Surfaces never import each other; this
// folder is the one place that knows them all, and only the CLI (and tests, scripts) imports it.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Hearsay } from '../app/index.js';
import { registerApi, type ApiOptions } from '../api/index.js';
import { registerWeb } from '../web/index.js';

export interface ServerOptions {
  hearsay: Hearsay;
  /** Fastify's logger: pino JSON lines on stdout, or false for none (tests). */
  logger?: FastifyServerOptions['logger'];
  api?: Partial<ApiOptions>;
}

export interface ListenOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    // Bodies beyond this are refused with 413 before any handler runs; API writes set their own limit.
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
  });
  app.get('/healthz', (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }));
  await registerApi(app, { hearsay: options.hearsay, ...(options.api ? { options: options.api } : {}) });
  await registerWeb(app, { hearsay: options.hearsay });
  return app;
}

/** Starts listening; resolves to the base URL, e.g. `http://127.0.0.1:8080`. */
export async function listen(app: FastifyInstance, options: ListenOptions): Promise<string> {
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return `http://${host}:${port}`;
}
