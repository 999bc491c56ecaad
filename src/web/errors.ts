// One table from errors to HTTP statuses for the web pages, and the page each error shows.
import { FetchError, HearsayError, InputError, NotFoundError, ParseError } from '../core/errors.js';
import { z } from 'zod';

export interface WebFailure {
  status: number;
  title: string;
  message: string;
}

/** Raised by the web routes themselves (a forged form post, a bad page number). */
export class WebRequestError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    message: string,
  ) {
    super(message);
  }
}

export function describeFailure(error: unknown): WebFailure {
  if (error instanceof WebRequestError) return { status: error.status, title: error.title, message: error.message };
  if (error instanceof z.ZodError) {
    const first = error.issues[0];
    const field = first?.path.join('.') || 'request';
    return { status: 400, title: 'Bad request', message: `${field}: ${first?.message ?? 'invalid'}` };
  }
  if (error instanceof NotFoundError) return { status: 404, title: 'Not found', message: error.message };
  if (error instanceof FetchError) {
    const status = error.kind === 'refused' || error.kind === 'bad-url' ? 400 : 502;
    return { status, title: 'Could not fetch the article', message: error.message };
  }
  if (error instanceof InputError || error instanceof ParseError) {
    return { status: 400, title: 'Bad input', message: error.message };
  }
  if (error instanceof HearsayError) return { status: 500, title: 'Something failed', message: error.message };
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, title: 'Bad request', message: error instanceof Error ? error.message : String(error) };
  }
  return { status: 500, title: 'Something failed', message: 'An unexpected error occurred; it has been logged.' };
}
