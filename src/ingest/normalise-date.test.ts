import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseDate } from './normalise-date.js';

describe('normaliseDate', () => {
  it('normaliseDate: keeps the local calendar date of an ISO timestamp', () => {
    assert.equal(normaliseDate('2021-03-14T22:15:00-07:00'), '2021-03-14');
    assert.equal(normaliseDate(' 2013-11-28 '), '2013-11-28');
  });

  it('normaliseDate: reads compact, slashed and written-out dates', () => {
    assert.equal(normaliseDate('20131128'), '2013-11-28');
    assert.equal(normaliseDate('2013/1/5'), '2013-01-05');
    assert.equal(normaliseDate('Thu, 28 Nov 2013 10:00:00 GMT'), '2013-11-28');
    assert.equal(normaliseDate('November 28th, 2013'), '2013-11-28');
    assert.equal(normaliseDate('Sept. 3 2015'), '2015-09-03');
  });

  it('normaliseDate: returns null for impossible or unreadable dates', () => {
    for (const raw of ['2013-02-30', '2013-13-01', 'yesterday', '', null, undefined, '28 Junk 2013', '0001-01-01']) {
      assert.equal(normaliseDate(raw), null, String(raw));
    }
  });
});
