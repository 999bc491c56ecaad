// A device with many claims, for page-size checks: generated articles in the style of leak reports, each
// from its own publisher and date, with values that vary so the sheet has many candidates and conflicts.
import type { Hearsay } from '../../src/app/index.js';
import { readArticle } from '../../src/ingest/index.js';

export const BIG_DEVICE = 'Nokia Lumia 3030';

const TIPSTERS = ['Evan Blass', 'Ice Universe', 'OnLeaks', 'Digital Chat Station', 'Yogesh Brar', 'Max Jambor'];
const COLORS = ['black', 'white', 'blue', 'green', 'silver', 'gold'];

function articleText(i: number): string {
  const day = new Date(Date.UTC(2030, 0, 1) + i * 86_400_000 * 2).toISOString().slice(0, 10);
  const tipster = TIPSTERS[i % TIPSTERS.length];
  const ram = [8, 12, 16][i % 3];
  const storage = [128, 256, 512][i % 3];
  const battery = 4500 + (i % 9) * 100;
  const charging = [45, 65, 80, 100][i % 4];
  const price = 799 + (i % 7) * 50;
  const size = (6.1 + (i % 5) / 10).toFixed(1);
  const camera = [50, 108, 200][i % 3];
  return `---
title: 'Lumia 3030 leak number ${i + 1}'
url: https://leaks${i}.test/lumia-3030-${i}
published: ${day}
publisher: Leak Desk ${i}
---

The ${BIG_DEVICE} will come with ${ram}GB of RAM and ${storage}GB of storage, according to tipster ${tipster}. The phone is said to pack a ${battery}mAh battery with ${charging}W wired charging and a ${size}-inch display.

${tipster} adds that the ${BIG_DEVICE} has a ${camera}MP main camera, comes in ${COLORS[i % COLORS.length]} and will cost $${price} in the US.
`;
}

/** Records `articles` generated leaks about BIG_DEVICE; returns the number of claims stored. */
export async function recordBigDevice(hearsay: Hearsay, articles: number): Promise<number> {
  let claims = 0;
  for (let i = 0; i < articles; i++) {
    const bytes = new TextEncoder().encode(articleText(i));
    const outcome = await hearsay.ledger.record({
      article: readArticle({ bytes, name: `lumia-${i}.md` }),
      raw: bytes,
      today: '2031-01-01',
    });
    if (outcome.status !== 'known') claims += outcome.claims;
  }
  return claims;
}
