// Form posts: the urlencoded body parser and the same-origin check every state-changing post passes.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { WebRequestError } from './errors.js';

/** Pasted articles can be long; a megabyte of form data is far beyond any real article. */
export const FORM_BODY_LIMIT = 1_048_576;

export function acceptForms(web: FastifyInstance): void {
  web.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );
}

/**
 * Refuses a post another site's page made (cross-site request forgery): browsers name the page's origin
 * in Origin and Sec-Fetch-Site; a post without either (curl, a test client) is allowed.
 */
export function assertSameOrigin(request: FastifyRequest): void {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') {
    throw new WebRequestError(403, 'Refused', `a form posted from another site (${site}) was refused`);
  }
  const origin = request.headers.origin;
  if (origin === undefined) return;
  let host: string | null = null;
  try {
    host = new URL(origin).host;
  } catch {
    host = null;
  }
  if (host === null || host !== request.headers.host) {
    throw new WebRequestError(403, 'Refused', `a form posted from another origin (${origin}) was refused`);
  }
}
