// Serves the web UI alone over a database, for looking at pages while working on them:
//   node --import tsx scripts/web-preview.ts DB_FILE [PORT]
// (`hearsay serve` serves the API and the web together.)
import Fastify from 'fastify';
import { openHearsay } from '../src/app/index.js';
import { registerWeb } from '../src/web/index.js';

const [file, portText] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: scripts/web-preview.ts DB_FILE [PORT]\n');
  process.exit(2);
}
const hearsay = await openHearsay(file);
const app = Fastify();
await registerWeb(app, { hearsay });
const address = await app.listen({ host: '127.0.0.1', port: Number(portText ?? 8090) });
process.stdout.write(`web preview on ${address}\n`);
const stop = async (): Promise<void> => {
  await app.close();
  await hearsay.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
