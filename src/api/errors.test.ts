import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AuthError,
  FetchError,
  HearsayError,
  InputError,
  NotFoundError,
  ParseError,
  RateLimitError,
  StoreError,
} from '../core/errors.js';
import { statusFor } from './errors.js';

describe('error → HTTP status', () => {
  it('maps each error of the family to its status', () => {
    const cases: [HearsayError, number][] = [
      [new InputError('api', 'query.limit', 'too big'), 400],
      [new ParseError('ingest', 'feed.xml', 'rss', 'not XML'), 422],
      [new NotFoundError('ledger', 'Pixel 99', 'no device'), 404],
      [new AuthError('api', 'Authorization', 'missing', 'no token'), 401],
      [new AuthError('api', 'Authorization', 'refused', 'bad token'), 403],
      [new RateLimitError('api', 'POST /x', 30, 'slow down'), 429],
      [new FetchError('https://a.test/', 'refused', 'private address'), 400],
      [new FetchError('not a url', 'bad-url', 'not a URL'), 400],
      [new FetchError('https://a.test/', 'too-large', 'over 5 MB'), 413],
      [new FetchError('https://a.test/', 'timeout', 'no answer in 15 s'), 504],
      [new FetchError('https://a.test/', 'http', 'HTTP 404', { status: 404 }), 502],
      [new FetchError('https://a.test/', 'network', 'connection reset'), 502],
      [new StoreError('db', 'x.db', 'locked'), 503],
      [new HearsayError('extract', 'x', 'a bug'), 500],
    ];
    for (const [error, status] of cases) assert.equal(statusFor(error), status, `${error.name}: ${error.message}`);
  });
});
