import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { tempDir } from '../../test/helpers/temp-db.js';
import { openStore, type Store } from './index.js';
import { PrecompiledQueries } from './precompiled.js';

describe('PrecompiledQueries', () => {
  const dir = tempDir('hearsay-precompiled-');
  let store: Store;
  before(async () => {
    store = await openStore(dir.file('q.db'));
  });
  after(async () => {
    await store.close();
    dir.remove();
  });

  const insertStory = (queries: PrecompiledQueries, publisher: string, published: string, order: 'right' | 'wrong') => {
    const row = { origin_publisher: publisher, first_published: published };
    const parameters = order === 'right' ? [publisher, published] : [published, publisher];
    return queries.execute(store.db, 'insert story', parameters, () =>
      store.db.insertInto('story').values(row).returning(['id', 'origin_publisher', 'first_published']),
    );
  };

  it('compiles a shape once and binds each call its own parameters', async () => {
    const queries = new PrecompiledQueries();
    const first = await insertStory(queries, 'alpha', '2031-01-01', 'right');
    const second = await insertStory(queries, 'beta', '2031-02-02', 'right');
    assert.deepEqual(queries.stats(), { cached: 1, refused: 0 });
    assert.equal(first.rows[0]?.origin_publisher, 'alpha');
    assert.deepEqual(
      { publisher: second.rows[0]?.origin_publisher, published: second.rows[0]?.first_published },
      { publisher: 'beta', published: '2031-02-02' },
    );
    assert.notEqual(first.rows[0]?.id, second.rows[0]?.id);
  });

  it('refuses to cache a shape whose parameters are listed in another order, and stays correct', async () => {
    const queries = new PrecompiledQueries();
    await insertStory(queries, 'gamma', '2031-03-03', 'wrong');
    const again = await insertStory(queries, 'delta', '2031-04-04', 'wrong');
    assert.deepEqual(queries.stats(), { cached: 0, refused: 1 });
    assert.equal(again.rows[0]?.origin_publisher, 'delta');
    assert.equal(again.rows[0]?.first_published, '2031-04-04');
  });
});
