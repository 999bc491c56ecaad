// Entry and feed links, made absolute. Relative links resolve against the xml:base in scope, else the feed's own
// site link, else the URL the feed was fetched from; a link that still is not absolute http(s) is no link.
import type { XmlElement } from './xml-tree.js';
import { attr, childrenNamed, plainText } from './xml-query.js';

function isHttp(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

/** `href` made absolute against the first base that works, or null. */
export function resolveLink(href: string | null, bases: (string | null)[]): string | null {
  const trimmed = href?.trim();
  if (!trimmed) return null;
  if (URL.canParse(trimmed)) {
    const url = new URL(trimmed);
    return isHttp(url) ? url.href : null;
  }
  for (const base of bases) {
    if (base === null || !URL.canParse(trimmed, base)) continue;
    const url = new URL(trimmed, base);
    if (isHttp(url)) return url.href;
  }
  return null;
}

/** Where links inside `element` resolve: its xml:base, then the feed's site, then the document's URL. */
export function basesFor(element: XmlElement, feedLink: string | null, documentUrl: string | null): (string | null)[] {
  return [element.base, feedLink, documentUrl];
}

/** The rel="alternate" (or rel-less) Atom link, HTML first, resolved. */
export function atomAlternate(element: XmlElement, bases: (string | null)[]): string | null {
  const alternates = childrenNamed(element, 'atom:link').filter(
    (link) => (attr(link, 'rel') ?? 'alternate').toLowerCase() === 'alternate',
  );
  const html = alternates.find((link) => /html/i.test(attr(link, 'type') ?? 'text/html'));
  for (const link of html ? [html, ...alternates] : alternates) {
    // An atom:link's own xml:base counts, then whatever its parent's does.
    const resolved = resolveLink(attr(link, 'href') ?? plainText(link), [link.base, ...bases]);
    if (resolved) return resolved;
  }
  return null;
}
