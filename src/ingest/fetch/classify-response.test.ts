import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FetchError } from '../../core/errors.js';
import { classifyResponse, transportError } from './classify-response.js';

const URL_A = 'https://news.example/feed';

function errorOf(result: ReturnType<typeof classifyResponse>): FetchError {
  assert.equal(result.outcome, 'error');
  return (result as { error: FetchError }).error;
}

describe('classifyResponse', () => {
  it('classifyResponse: 2xx is ok and 304 is not-modified', () => {
    assert.deepEqual(classifyResponse(URL_A, 200, {}), { outcome: 'ok' });
    assert.deepEqual(classifyResponse(URL_A, 203, {}), { outcome: 'ok' });
    assert.deepEqual(classifyResponse(URL_A, 304, {}), { outcome: 'not-modified' });
  });

  it('classifyResponse: a redirect resolves a relative Location against the URL that answered', () => {
    assert.deepEqual(classifyResponse(URL_A, 301, { location: '../rss.xml#top' }), {
      outcome: 'redirect',
      location: 'https://news.example/rss.xml',
    });
  });

  it('classifyResponse: a redirect without a Location is an http error', () => {
    const error = errorOf(classifyResponse(URL_A, 302, {}));
    assert.equal(error.kind, 'http');
    assert.equal(error.reason, 'HTTP 302 Found without a Location');
  });

  it('classifyResponse: other statuses are http errors carrying the status', () => {
    const error = errorOf(classifyResponse(URL_A, 404, {}));
    assert.equal(error.kind, 'http');
    assert.equal(error.status, 404);
    assert.equal(error.message, 'fetch: https://news.example/feed: HTTP 404 Not Found');
  });

  it('classifyResponse: 429 and 503 say when to retry', () => {
    assert.equal(
      errorOf(classifyResponse(URL_A, 503, { 'retry-after': '120' })).reason,
      'HTTP 503 Service Unavailable (Retry-After: 120)',
    );
    assert.equal(errorOf(classifyResponse(URL_A, 429, {})).reason, 'HTTP 429 Too Many Requests');
  });

  it('transportError: names common socket failures in words', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 1.2.3.4:80'), { code: 'ECONNREFUSED' });
    const error = transportError(URL_A, refused);
    assert.equal(error.kind, 'network');
    assert.equal(error.reason, 'connection refused');
    assert.equal(error.cause, refused);
  });
});
