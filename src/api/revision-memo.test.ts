import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RecentRevision } from './response-cache.js';
import { RevisionMemo } from './revision-memo.js';

function memoAt(revision: { value: string }, maxEntries?: number) {
  return new RevisionMemo(new RecentRevision(async () => revision.value, 0), maxEntries);
}

describe('RevisionMemo', () => {
  it('computes once per key and revision, again when the revision changes', async () => {
    const revision = { value: 'r1' };
    const memo = memoAt(revision);
    let runs = 0;
    const compute = async () => ++runs;
    assert.equal(await memo.get('a', compute), 1);
    assert.equal(await memo.get('a', compute), 1);
    assert.equal(await memo.get('b', compute), 2);
    revision.value = 'r2';
    assert.equal(await memo.get('a', compute), 3);
  });

  it('shares one computation between concurrent callers', async () => {
    const memo = memoAt({ value: 'r' });
    let runs = 0;
    const compute = async () => {
      runs++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return runs;
    };
    assert.deepEqual(await Promise.all([memo.get('k', compute), memo.get('k', compute)]), [1, 1]);
  });

  it('forgets a failure, so the next call computes again', async () => {
    const memo = memoAt({ value: 'r' });
    await assert.rejects(
      memo.get('k', async () => {
        throw new Error('boom');
      }),
      /boom/,
    );
    assert.equal(await memo.get('k', async () => 7), 7);
  });

  it('keeps at most maxEntries, dropping the least recently used', async () => {
    const memo = memoAt({ value: 'r' }, 2);
    let runs = 0;
    const compute = async () => ++runs;
    await memo.get('a', compute);
    await memo.get('b', compute);
    await memo.get('a', compute);
    await memo.get('c', compute);
    assert.equal(await memo.get('a', compute), 1, 'a was used recently and stays');
    assert.equal(await memo.get('b', compute), 4, 'b was the least recently used and went');
  });
});
