// The worker side of PreparePool: extraction and the syndication signature, away from the thread that
// writes to the database.
import { parentPort } from 'node:worker_threads';
import { articleFacts, type ArticleToRecord } from '../ledger/index.js';

interface Job {
  id: number;
  input: ArticleToRecord;
}

parentPort?.on('message', (job: Job) => {
  try {
    // Only the derived facts go back: the text and raw bytes are still on the main thread.
    parentPort?.postMessage({ id: job.id, facts: articleFacts(job.input) });
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
