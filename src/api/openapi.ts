// The OpenAPI 3.1 document, generated from the route table and its zod schemas (the same schemas that
// validate requests), so the document cannot describe an API other than the one served.
import { z } from 'zod';
import type { ApiRoute } from './route.js';
import { errorSchema } from './schemas.js';

type JsonSchema = Record<string, unknown>;

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, unknown>;
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  // Transforms (comma lists, upper-casing) have no JSON Schema; the input side documents what to send.
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): unknown[] {
  if (!schema) return [];
  const json = jsonSchema(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

/** `/devices/:device` → `/devices/{device}`. */
export function openApiPath(prefix: string, path: string): string {
  return `${prefix}${path}`
    .split('/')
    .map((part) => (part.startsWith(':') ? `{${part.slice(1)}}` : part))
    .join('/');
}

const ERROR_RESPONSES: Readonly<Record<string, string>> = {
  '400': 'invalid input: `error.item` names the field (e.g. `query.limit`), `error.reason` says why',
  '401': 'no bearer token',
  '403': 'the bearer token is not valid',
  '404': 'no such device or article',
  '413': 'the request body is larger than the limit',
  '429': 'too many writes: wait for Retry-After seconds',
};

function errorCodes(route: ApiRoute): string[] {
  const codes: string[] = [];
  if (route.params || route.query || route.body) codes.push('400');
  if (route.access === 'token') codes.push('401', '403', '413', '429');
  if (route.params || route.query) codes.push('404');
  return codes;
}

/** `GET /devices/:device/aliases` → `getDevicesDeviceAliases`. */
function operationId(route: ApiRoute): string {
  const words = route.path.split(/[/:]/).filter((word) => word !== '');
  return `${route.method.toLowerCase()}${words.map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`).join('')}`;
}

function operation(route: ApiRoute): Record<string, unknown> {
  const errorRef = { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  const responses: Record<string, unknown> = {
    [String(route.status)]: {
      description: route.status === 201 ? 'recorded' : 'OK',
      content: { 'application/json': { schema: jsonSchema(route.response, 'output') } },
    },
  };
  if (route.method === 'GET') responses['304'] = { description: 'not modified (the If-None-Match ETag is current)' };
  for (const code of errorCodes(route)) responses[code] = { description: ERROR_RESPONSES[code], ...errorRef };
  return {
    operationId: operationId(route),
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [route.tag],
    parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
          },
        }
      : {}),
    ...(route.access === 'token' ? { security: [{ bearer: [] }] } : {}),
    responses,
  };
}

export function buildOpenApi(routes: readonly ApiRoute[], prefix: string, version: string): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const route of routes) {
    const path = openApiPath(prefix, route.path);
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'hearsay API',
      version,
      description:
        'What is claimed about unreleased gadgets: devices and their consensus sheets, claims with their quotes and sources, articles with claim spans. Reads are public and carry ETags; writes need a bearer token from `hearsay token create`.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Error: jsonSchema(errorSchema, 'output') },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'a token from `hearsay token create`' },
      },
    },
  };
}
