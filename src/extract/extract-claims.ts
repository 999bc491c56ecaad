import type { Article, ExtractionResult } from '../core/types.js';
import type { Context } from './component.js';
import { Doc } from './doc.js';
import { pipeline } from './pipeline.js';
import type { AssembledClaims } from './refiners/assemble-claims.js';
import { deviceFacts } from './refiners/resolve-devices.js';
import { parseIso } from './resolve/date-window.js';

export interface ExtractOptions {
  /** Overrides the article's own date; relative dates resolve against it. */
  published?: string | null;
  /** Overrides the article's own publisher. */
  publisher?: string | null;
  /** Receives trace lines (the CLI's --debug); they are only built when this is given. */
  debug?: (line: string) => void;
}

export interface Extraction {
  result: ExtractionResult;
  /** explain[i] lists the components that made and changed result.claims[i]. */
  explain: string[][];
}

export function extractClaims(article: Article, options: ExtractOptions = {}): Extraction {
  const rawPublished = options.published ?? article.published;
  const published = rawPublished && parseIso(rawPublished) ? rawPublished : null;
  const publisher = options.publisher ?? article.publisher;
  const doc = new Doc(article.text, published, { title: article.title, publisher, authors: article.authors });
  const listener = options.debug;
  const ctx: Context = { debug: listener ? (message) => listener(message()) : () => {} };
  for (const component of pipeline) {
    component.run(doc, ctx);
  }
  const assembled = (doc.facts.claims as AssembledClaims | undefined) ?? { claims: [], by: [] };
  for (const claim of assembled.claims) {
    // The contract's one invariant: a quote is exactly the text its span covers.
    if (claim.quote !== doc.text.slice(claim.span[0], claim.span[1])) {
      throw new Error(`extract: claim quote «${claim.quote}» does not match its span`);
    }
  }
  const via = [...new Set(doc.layer<string>('via').map((v) => v.value!))];
  return {
    result: {
      title: article.title,
      published,
      publisher,
      authors: article.authors,
      via,
      devices: deviceFacts(doc).devices,
      claims: assembled.claims,
    },
    explain: assembled.by,
  };
}
