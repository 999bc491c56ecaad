// Extraction on worker threads, storage on this one: while the database stores article n, a worker
// extracts article n+1, so a batch costs about the slower of the two rather than their sum.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { HearsayError } from '../core/errors.js';
import { prepareArticle, type ArticleFacts, type ArticleToRecord, type PreparedArticle } from '../ledger/index.js';

type Reply = { id: number; facts: ArticleFacts } | { id: number; error: string };

export interface Preparer {
  prepare(input: ArticleToRecord, item: string): Promise<PreparedArticle>;
  close(): Promise<void>;
}

/** In this thread: for small batches, where starting a worker costs more than it saves. */
export const inThreadPreparer: Preparer = {
  prepare: (input) => Promise.resolve(prepareArticle(input)),
  close: () => Promise.resolve(),
};

/**
 * Node 20 loads a worker's entry file before any `--import` loader applies to it, so the worker starts
 * from a tiny JavaScript module that loads the TypeScript entry through tsx's API (resolved from this
 * file: the working directory may be anywhere).
 */
const WORKER_BOOT = new URL(
  `data:text/javascript,${encodeURIComponent(
    `const { tsImport } = await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))});\n` +
      `await tsImport(${JSON.stringify(new URL('./prepare-worker.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)});\n`,
  )}`,
);

/** Workers for all but one core (the one that writes), at least one. */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism() - 1);
}

export class PreparePool implements Preparer {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<
    number,
    { input: ArticleToRecord; resolve: (p: PreparedArticle) => void; reject: (e: Error) => void; item: string }
  >();
  private nextId = 0;
  private failure: Error | null = null;

  constructor(size = defaultWorkerCount()) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER_BOOT);
      worker.on('message', (reply: Reply) => this.settle(reply));
      worker.on('error', (error) => this.fail(error));
      // Jobs are posted and answered; the pool must not keep the process alive on its own.
      worker.unref();
      this.workers.push(worker);
    }
  }

  private settle(reply: Reply): void {
    const job = this.pending.get(reply.id);
    if (!job) return;
    this.pending.delete(reply.id);
    if ('error' in reply) job.reject(new HearsayError('extract', job.item, reply.error));
    else job.resolve({ ...job.input, facts: reply.facts });
  }

  private fail(error: Error): void {
    this.failure = error;
    for (const job of this.pending.values())
      job.reject(new HearsayError('extract', job.item, `worker failed: ${error.message}`));
    this.pending.clear();
  }

  prepare(input: ArticleToRecord, item: string): Promise<PreparedArticle> {
    if (this.failure)
      return Promise.reject(new HearsayError('extract', item, `worker failed: ${this.failure.message}`));
    const id = this.nextId++;
    const worker = this.workers[id % this.workers.length] as Worker;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { input, resolve, reject, item });
      worker.ref();
      worker.postMessage({ id, input });
    }).finally(() => {
      if (this.pending.size === 0) for (const w of this.workers) w.unref();
    }) as Promise<PreparedArticle>;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
