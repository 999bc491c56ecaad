// The composition root: opens the database, checks its schema, and hands out the stages bound to it.
import { openStore, type OpenOptions, type Store } from '../db/index.js';
import { Ledger } from '../ledger/index.js';

export { ingestSources, type IngestEvent, type IngestOptions } from './ingest-sources.js';
export {
  checkArticle,
  readSubmission,
  storeArticle,
  type ArticleCheck,
  type CheckOptions,
  type Submission,
  type SubmittedArticle,
} from './check-article.js';
export { IngestSummary } from './ingest-summary.js';
export { resolveDbFile } from '../config.js';
export {
  createApiToken,
  findApiToken,
  listApiTokens,
  TOKEN_PREFIX,
  type CreatedToken,
  type TokenInfo,
} from './api-tokens.js';
export { ingestText, ingestUrl, type TextToIngest, type UrlOutcome } from './ingest-one.js';
export { dataRevision } from '../db/index.js';

export interface Hearsay {
  store: Store;
  ledger: Ledger;
  close(): Promise<void>;
}

export async function openHearsay(dbFile: string, options: OpenOptions = {}): Promise<Hearsay> {
  const store = await openStore(dbFile, options);
  return { store, ledger: new Ledger(store), close: () => store.close() };
}
