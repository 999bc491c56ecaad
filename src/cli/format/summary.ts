// The one-line tally `hearsay start` ends with.
import { CERTAINTIES, type Certainty, type ExtractionResult } from '../../core/types.js';

export class Tally {
  articles = 0;
  devices = 0;
  claims = 0;
  readonly byCertainty: Record<Certainty, number> = { official: 0, likely: 0, rumored: 0, doubtful: 0 };

  add(result: ExtractionResult): void {
    this.articles++;
    this.devices += result.devices.length;
    this.claims += result.claims.length;
    for (const claim of result.claims) this.byCertainty[claim.certainty]++;
  }
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function summaryLine(tally: Tally, failed: number): string {
  const split = CERTAINTIES.map((c) => `${tally.byCertainty[c]} ${c}`).join(', ');
  const failures = failed > 0 ? `, ${failed} failed` : '';
  return `${plural(tally.articles, 'article')}${failures}, ${plural(tally.devices, 'device')}, ${plural(tally.claims, 'claim')} (${split})`;
}
