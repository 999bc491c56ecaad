// The stylesheet and the icon, read once at start-up and served with a content hash as their ETag.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';

interface Asset {
  path: string;
  type: string;
  body: string;
  etag: string;
}

function asset(file: string, type: string): Asset {
  const body = readFileSync(new URL(`../assets/${file}`, import.meta.url), 'utf8');
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`;
  return { path: `/assets/${file}`, type, body, etag };
}

const ASSETS = [asset('style.css', 'text/css; charset=utf-8'), asset('icon.svg', 'image/svg+xml')];

export function assetRoutes(web: FastifyInstance): void {
  for (const { path, type, body, etag } of ASSETS) {
    web.get(path, async (request, reply) => {
      reply.header('etag', etag).header('cache-control', 'public, max-age=300');
      if (request.headers['if-none-match'] === etag) return reply.code(304).send();
      return reply.type(type).send(body);
    });
  }
}
