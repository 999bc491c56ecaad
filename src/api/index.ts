// The HTTP API as a Fastify plugin: the route table under /api/v1, plus /openapi.json and the /api page.
// src/server mounts it beside the web UI; nothing here listens on a port.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { dataRevision, type Hearsay, type TokenInfo } from '../app/index.js';
import { RateLimitError } from '../core/errors.js';
import { requireToken, bearerToken } from './auth.js';
import { renderApiPage } from './docs-page.js';
import { sendError } from './errors.js';
import { buildOpenApi } from './openapi.js';
import { chooseEncoding } from './content-encoding.js';
import { RevisionMemo } from './revision-memo.js';
import { matchesEtag, RecentRevision, ResponseCache, type CachedResponse } from './response-cache.js';
import type { ApiContext, ApiOptions, ApiRoute } from './route.js';
import { API_PREFIX, routes } from './routes.js';
import { zodValidatorCompiler } from './validation.js';

export { API_PREFIX, routes } from './routes.js';
export type { ApiOptions } from './route.js';

export const API_VERSION = '1.0.0';

export const DEFAULT_API_OPTIONS: ApiOptions = {
  bodyLimit: 1024 * 1024,
  writeRateLimit: { max: 60, windowMs: 60_000 },
  maxArticleBytes: 5 * 1024 * 1024,
  allowPrivate: false,
  revisionTtlMs: 250,
};

export interface ApiDeps {
  hearsay: Hearsay;
  options?: Partial<ApiOptions>;
}

function sendJson(reply: FastifyReply, status: number, body: string | Buffer) {
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

function sendCached(reply: FastifyReply, request: FastifyRequest, status: number, cached: CachedResponse) {
  const encoded = cached.encoded(chooseEncoding(request.headers['accept-encoding']));
  // A compressed copy is the same content in another coding: its validator is weak, as RFC 9110 §8.8.1 allows,
  // and If-None-Match compares weakly, so either copy's ETag revalidates the other.
  const etag = encoded ? `W/${cached.etag}` : cached.etag;
  // Clients may keep the response but must ask again; an unchanged ledger answers 304 without a body.
  reply.header('etag', etag).header('cache-control', 'no-cache').header('vary', 'accept-encoding');
  if (matchesEtag(request.headers['if-none-match'], cached.etag)) return reply.code(304).send();
  if (encoded === null) return sendJson(reply, status, cached.body);
  reply.header('content-encoding', encoded.encoding);
  return sendJson(reply, status, encoded.body);
}

interface Caching {
  responses: ResponseCache;
  revision: RecentRevision;
}

function register(api: FastifyInstance, context: ApiContext, route: ApiRoute, caching: Caching): void {
  const { options, hearsay } = context;
  // The token a write's preHandler accepted, for the handler (e.g. to name who confirmed a value).
  const tokens = new WeakMap<FastifyRequest, TokenInfo>();
  api.route({
    method: route.method,
    url: route.path,
    schema: {
      ...(route.params ? { params: route.params } : {}),
      ...(route.query ? { querystring: route.query } : {}),
      ...(route.body ? { body: route.body } : {}),
    },
    ...(route.access === 'token'
      ? {
          bodyLimit: options.bodyLimit,
          config: {
            rateLimit: { max: options.writeRateLimit.max, timeWindow: options.writeRateLimit.windowMs },
          },
          preHandler: async (request: FastifyRequest) => {
            tokens.set(request, await requireToken(hearsay, request));
          },
        }
      : {}),
    handler: async (request, reply) => {
      const token = tokens.get(request) ?? null;
      const input = { params: request.params, query: request.query, body: request.body, request, token };
      if (route.method !== 'GET') {
        try {
          const result = await route.handler(context, input);
          return sendJson(reply, route.status, JSON.stringify(result));
        } finally {
          // Even a failed write may have stored part of a batch (a feed's first entries).
          caching.revision.invalidate();
        }
      }
      const revision = await caching.revision.current();
      const cached =
        caching.responses.get(request.url, revision) ??
        caching.responses.set(request.url, revision, JSON.stringify(await route.handler(context, input)));
      return sendCached(reply, request, route.status, cached);
    },
  });
}

export async function registerApi(app: FastifyInstance, deps: ApiDeps): Promise<void> {
  const options: ApiOptions = { ...DEFAULT_API_OPTIONS, ...deps.options };
  const revision = new RecentRevision(() => dataRevision(deps.hearsay.store), options.revisionTtlMs);
  const context: ApiContext = { hearsay: deps.hearsay, options, memo: new RevisionMemo(revision) };
  const document = buildOpenApi(routes, API_PREFIX, API_VERSION);
  const documentJson = JSON.stringify(document);
  const page = renderApiPage(document);

  await app.register(
    async (api) => {
      api.setValidatorCompiler(zodValidatorCompiler);
      api.setErrorHandler((error, request, reply) => sendError(error, request, reply));
      api.setNotFoundHandler((request, reply) =>
        sendError(
          Object.assign(new Error(`no route ${request.method} ${request.url} (see /api)`), {
            statusCode: 404,
            code: 'NO_ROUTE',
          }),
          request,
          reply,
        ),
      );
      await api.register(rateLimit, {
        global: false,
        // A caller is its token when it sends one (many clients may share an address), else its address.
        keyGenerator: (request) => bearerToken(request) ?? request.ip,
        errorResponseBuilder: (request, limit) =>
          new RateLimitError(
            'api',
            `${request.method} ${request.url}`,
            Math.ceil(limit.ttl / 1000),
            `more than ${limit.max} writes in ${limit.after}; try again later`,
          ),
      });
      const caching: Caching = { responses: new ResponseCache(), revision };
      for (const route of routes) register(api, context, route, caching);
    },
    { prefix: API_PREFIX },
  );

  app.get('/openapi.json', (_request, reply) =>
    reply.type('application/json; charset=utf-8').header('cache-control', 'no-cache').send(documentJson),
  );
  app.get('/api', (_request, reply) => reply.type('text/html; charset=utf-8').send(page));
}
