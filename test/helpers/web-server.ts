// The web UI alone on a loopback port over a real SQLite file, with articles recorded the way ingest does.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { openHearsay, type Hearsay } from '../../src/app/index.js';
import { readArticle } from '../../src/ingest/index.js';
import { registerWeb } from '../../src/web/index.js';
import { tempDir, type TempDir } from './temp-db.js';

export interface WebServer {
  url: string;
  hearsay: Hearsay;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** Records every file of `folder` in name order (today's date fixed for undated ones). */
export async function recordFolder(hearsay: Hearsay, folder: string): Promise<void> {
  for (const name of readdirSync(folder).sort()) {
    const bytes = readFileSync(path.join(folder, name));
    await hearsay.ledger.record({ article: readArticle({ bytes, name }), raw: bytes, today: '2031-12-01' });
  }
}

export async function startWebServer(fill: (hearsay: Hearsay) => Promise<void>): Promise<WebServer> {
  const dir: TempDir = tempDir('hearsay-web-');
  const hearsay = await openHearsay(dir.file('ledger.db'));
  await fill(hearsay);
  const app = Fastify();
  await registerWeb(app, { hearsay });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hearsay,
    app,
    close: async () => {
      await app.close();
      await hearsay.close();
      dir.remove();
    },
  };
}
