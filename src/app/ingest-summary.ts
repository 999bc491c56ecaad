// Counts an ingest run's events into the summary people read at the end.
import type { IngestEvent } from './ingest-sources.js';

export class IngestSummary {
  total = 0;
  done = 0;
  new = 0;
  known = 0;
  /** Near-duplicate copies and articles that credit a stored story ("via X"). */
  syndicated = 0;
  revisions = 0;
  unchanged = 0;
  feeds = 0;
  failed = 0;
  claims = 0;

  add(event: IngestEvent): void {
    switch (event.type) {
      case 'total':
        this.total = event.total;
        return;
      case 'feed':
        this.feeds++;
        break;
      case 'unchanged':
        this.unchanged++;
        break;
      case 'failed':
        this.failed++;
        break;
      case 'recorded': {
        const outcome = event.outcome;
        if (outcome.status === 'known') this.known++;
        else {
          this.claims += outcome.claims;
          if (outcome.status === 'new') this.new++;
          else if (outcome.status === 'revision') this.revisions++;
          else this.syndicated++;
        }
        break;
      }
    }
    this.done++;
  }
}
