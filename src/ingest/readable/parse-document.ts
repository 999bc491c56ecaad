// linkedom builds a usable document only around an <html> root; fragments and junk get a skeleton first.
import { parseHTML } from 'linkedom';

export type HtmlDocument = ReturnType<typeof parseHTML>['document'];

function usable(document: HtmlDocument): boolean {
  const root = document.documentElement;
  return root !== null && root.tagName.toUpperCase() === 'HTML' && document.body !== null;
}

export function parseDocument(html: string): HtmlDocument {
  const direct = parseHTML(html).document;
  if (usable(direct)) return direct;
  const wrapped = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
  if (usable(wrapped)) return wrapped;
  throw new Error('no <html> or <body> could be built from this markup');
}
