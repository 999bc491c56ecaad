import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FastifyRequest } from 'fastify';
import fc from 'fast-check';
import { bearerToken } from './auth.js';

const withHeader = (authorization: string | undefined) => ({ headers: { authorization } }) as FastifyRequest;

describe('bearer token header', () => {
  it('reads the token of the Bearer scheme, case-insensitively, and nothing else', () => {
    assert.equal(bearerToken(withHeader('Bearer hsy_abc')), 'hsy_abc');
    assert.equal(bearerToken(withHeader('bearer   hsy_abc  ')), 'hsy_abc');
    assert.equal(bearerToken(withHeader('Basic dXNlcjpwYXNz')), null);
    assert.equal(bearerToken(withHeader('Bearer')), null);
    assert.equal(bearerToken(withHeader('Bearer   ')), null);
    assert.equal(bearerToken(withHeader(undefined)), null);
  });

  it('never throws, and reads back any token it was given (fuzz)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (header, token) => {
        bearerToken(withHeader(header));
        const trimmed = token.trim();
        if (trimmed !== '') assert.equal(bearerToken(withHeader(`Bearer ${trimmed}`)), trimmed);
      }),
    );
  });
});
