import { openHearsay, dataRevision } from './src/app/index.js';
import { buildServer } from './src/server/index.js';
import { readdirSync } from 'node:fs';
const file = process.argv[2]!;
const hearsay = await openHearsay(file);
const app = await buildServer({ hearsay });
const url = '/api/v1/devices/Galaxy%20S99%20Ultra';
await app.inject({ url });
for (const [name, fn] of [
  ['revision', () => dataRevision(hearsay.store)],
  ['device inject', () => app.inject({ url })],
  ['healthz inject', () => app.inject({ url: '/healthz' })],
] as const) {
  for (let i = 0; i < 200; i++) await fn();
  const t = performance.now();
  for (let i = 0; i < 2000; i++) await fn();
  console.log(name, ((performance.now() - t) / 2000).toFixed(3), 'ms');
}
const t = performance.now();
for (let i = 0; i < 5; i++) await app.inject({ url: `${url}?claimsOffset=${i}` });
console.log('miss', ((performance.now() - t) / 5).toFixed(1), 'ms');
await app.close(); await hearsay.close();
