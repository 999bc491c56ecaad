// The only error → HTTP status table. Every failure leaves the API as one JSON shape, `ErrorBody`, naming
// the item and the reason in the same words the CLI prints.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { HearsayError } from '../core/errors.js';

export interface ErrorBody {
  error: {
    /** The error class: InputError, NotFoundError, AuthError, … or a framework code such as FST_ERR_CTP_BODY_TOO_LARGE. */
    type: string;
    /** What failed: a field such as `query.limit`, a device name, a URL. */
    item: string | null;
    reason: string;
    message: string;
  };
}

/** Status per error class; FetchError and AuthError depend on their kind. */
export function statusFor(error: HearsayError): number {
  switch (error.name) {
    case 'InputError':
      return 400;
    case 'ParseError':
      return 422;
    case 'NotFoundError':
      return 404;
    case 'AuthError':
      return (error as HearsayError & { kind: string }).kind === 'missing' ? 401 : 403;
    case 'RateLimitError':
      return 429;
    case 'FetchError': {
      const kind = (error as HearsayError & { kind: string }).kind;
      // The caller's address was bad or forbidden; anything else went wrong on the far side.
      if (kind === 'bad-url' || kind === 'refused') return 400;
      if (kind === 'too-large') return 413;
      if (kind === 'timeout') return 504;
      return 502;
    }
    case 'StoreError':
      return 503;
    default:
      return 500;
  }
}

function bodyFor(error: unknown, status: number): ErrorBody {
  if (error instanceof HearsayError) {
    return { error: { type: error.name, item: error.item, reason: error.reason, message: error.message } };
  }
  const e = error as Partial<FastifyError>;
  // A server fault's own text may leak internals: it goes to the log, the caller gets a plain reason.
  const reason = status >= 500 ? 'internal error (logged on the server)' : (e.message ?? 'request refused');
  return { error: { type: e.code ?? 'Error', item: null, reason, message: `api: ${reason}` } };
}

export function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const framework = (error as Partial<FastifyError>).statusCode;
  const status =
    error instanceof HearsayError ? statusFor(error) : framework !== undefined && framework >= 400 ? framework : 500;
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  else request.log.info({ status, reason: (error as Error).message }, 'request refused');
  if (error instanceof HearsayError && error.name === 'AuthError') reply.header('www-authenticate', 'Bearer');
  if (error instanceof HearsayError && 'retryAfterSeconds' in error) {
    reply.header('retry-after', String(error.retryAfterSeconds));
  }
  return reply.code(status).type('application/json; charset=utf-8').send(bodyFor(error, status));
}
