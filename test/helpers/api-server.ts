// An API server over a real SQLite file in a temp folder, holding the fixture articles and one token.
// `app.inject()` drives it in-process; `listen()` puts it on loopback for tests over real HTTP.
import type { FastifyInstance } from 'fastify';
import type { ApiOptions } from '../../src/api/index.js';
import { createApiToken, ingestText, openHearsay, type Hearsay } from '../../src/app/index.js';
import { buildServer } from '../../src/server/index.js';
import { FIXTURE_ARTICLES, type FixtureArticle } from '../api/fixtures.js';
import { tempDir, type TempDir } from './temp-db.js';

export interface ApiFixture {
  app: FastifyInstance;
  hearsay: Hearsay;
  /** A valid bearer token. */
  token: string;
  dir: TempDir;
  auth(token?: string): { authorization: string };
  close(): Promise<void>;
}

export async function ingestFixtures(hearsay: Hearsay, articles: readonly FixtureArticle[]): Promise<void> {
  for (const a of articles) {
    await ingestText(
      hearsay,
      { text: a.text, published: a.published, publisher: a.publisher, url: a.url },
      { maxBytes: 1024 * 1024, today: '2031-06-01' },
    );
  }
}

export async function apiFixture(
  options: { api?: Partial<ApiOptions>; articles?: readonly FixtureArticle[] } = {},
): Promise<ApiFixture> {
  const dir = tempDir('hearsay-api-');
  const hearsay = await openHearsay(dir.file('api.db'));
  await ingestFixtures(hearsay, options.articles ?? FIXTURE_ARTICLES);
  const { token } = await createApiToken(hearsay.store, 'api tests');
  const app = await buildServer({ hearsay, ...(options.api ? { api: options.api } : {}) });
  return {
    app,
    hearsay,
    token,
    dir,
    auth: (t = token) => ({ authorization: `Bearer ${t}` }),
    close: async () => {
      await app.close();
      await hearsay.close();
      dir.remove();
    },
  };
}
