// What one API route is: method, path, who may call it, the zod schemas of its inputs and output, and the
// handler. routes.ts lists them all; index.ts registers them; openapi.ts documents them.
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Hearsay, TokenInfo } from '../app/index.js';
import type { RevisionMemo } from './revision-memo.js';

export interface ApiOptions {
  /** Largest request body a write accepts, in bytes. */
  bodyLimit: number;
  /** Writes per caller (token, else address) per window. */
  writeRateLimit: { max: number; windowMs: number };
  /** Largest article a write may submit or fetch, in bytes. */
  maxArticleBytes: number;
  /** Let URL ingestion reach loopback and private addresses (tests on loopback; never on a public server). */
  allowPrivate: boolean;
  /**
   * How long a read of the data revision is trusted before it is read again (response-cache.ts): the delay
   * before another process's writes show. This process's own writes show at once.
   */
  revisionTtlMs: number;
}

export interface ApiContext {
  hearsay: Hearsay;
  options: ApiOptions;
  /** Computations reused until the ledger changes (revision-memo.ts). */
  memo: RevisionMemo;
}

export interface HandlerInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  request: FastifyRequest;
  /** The caller's token on a write (checked before the handler runs); null on reads. */
  token: TokenInfo | null;
}

export type Access = 'public' | 'token';

export interface ApiRoute {
  method: 'GET' | 'POST';
  /** Relative to the API prefix, with Fastify's `:name` parameters. */
  path: string;
  access: Access;
  summary: string;
  description?: string;
  tag: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The success body, for the OpenAPI document. */
  response: z.ZodType;
  /** The success status: 200 for reads, 201 for writes that create a record. */
  status: 200 | 201;
  handler(context: ApiContext, input: HandlerInput<unknown, unknown, unknown>): Promise<unknown>;
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/** Builds a route whose handler sees its inputs typed by its schemas. */
export function route<
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(
  spec: Omit<ApiRoute, 'handler' | 'params' | 'query' | 'body' | 'status'> & {
    params?: P;
    query?: Q;
    body?: B;
    status?: 200 | 201;
    handler(context: ApiContext, input: HandlerInput<Out<P>, Out<Q>, Out<B>>): Promise<unknown>;
  },
): ApiRoute {
  return {
    ...spec,
    status: spec.status ?? 200,
    handler: spec.handler as ApiRoute['handler'],
  };
}
