import { openHearsay } from './src/app/index.js';
import { buildServer } from './src/server/index.js';
const hearsay = await openHearsay('/tmp/x-api.db');
const app = await buildServer({ hearsay });
const j = (await app.inject({ url: '/api/v1/devices/Galaxy%20S99%20Ultra' })).json();
for (const k of Object.keys(j)) console.log(k, JSON.stringify(j[k]).length);
console.log('one claim', JSON.stringify(j.claims.items[0]));
console.log('attrs', j.attributes.length, j.attributes.map((a: any) => a.candidates.length));
await app.close(); await hearsay.close();
