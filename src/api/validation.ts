// Fastify validates requests with the zod schemas of the route table (the same ones the OpenAPI document
// is generated from). A failure becomes an InputError naming the field, e.g. `query.limit`.
import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { InputError } from '../core/errors.js';

const PART_NAMES: Readonly<Record<string, string>> = {
  body: 'body',
  querystring: 'query',
  params: 'path',
  headers: 'header',
};

export function issueError(part: string, issue: z.core.$ZodIssue | undefined): InputError {
  const path = issue?.path.map(String) ?? [];
  const item = [PART_NAMES[part] ?? part, ...path].join('.');
  return new InputError('api', item, issue?.message ?? 'invalid value');
}

export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema, httpPart }) => {
  return (data: unknown) => {
    const parsed = schema.safeParse(data);
    if (parsed.success) return { value: parsed.data };
    return { error: issueError(httpPart ?? 'request', parsed.error.issues[0]) };
  };
};
