// Sending a rendered page, and the headers every page carries.
import type { FastifyReply } from 'fastify';
import type { SafeHtml } from './html.js';

/**
 * No scripts at all, no inline styles, nothing from other origins: even if an escaping mistake let
 * article text through as markup, the browser would refuse to run it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function sendPage(reply: FastifyReply, body: SafeHtml, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(body.value);
}
