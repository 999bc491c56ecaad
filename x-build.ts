import { openHearsay } from './src/app/index.js';
import { prng } from './scripts/bench/corpus.js';
const hearsay = await openHearsay('/tmp/x-api.db');
const random = prng(11);
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
let claims = 0, day = 0;
while (claims < 1000) {
  const published = new Date(Date.UTC(2030, 0, 1) + (day++ % 700) * 86_400_000).toISOString().slice(0, 10);
  const text = `The Samsung Galaxy S99 Ultra will have a ${pick([5000, 5500, 6000, 6500])}mAh battery and ${pick([12, 16, 24])}GB of RAM, according to ${pick(['Ice Universe','OnLeaks','Revegnus'])}. It is said to charge at ${pick([45, 65, 80])}W and to cost $${pick([1299, 1399, 1499])}. Report ${day}.`;
  const o = await hearsay.ledger.record({ article: { text, format: 'text', title: null, published, publisher: 'X', authors: [], url: null }, raw: new TextEncoder().encode(text), today: published });
  if (o.status !== 'known') claims += o.claims;
}
await hearsay.close();
