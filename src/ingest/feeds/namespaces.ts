// Namespace URIs → the short prefixes the format readers match on. The RSS vocabularies (none, RSS 1.0, RSS 0.90,
// Userland's) all map to no prefix, so `title` is the same element in every RSS dialect.

export const ATOM_10 = 'http://www.w3.org/2005/Atom';

const KNOWN: Readonly<Record<string, string>> = Object.freeze({
  [ATOM_10]: 'atom',
  'http://purl.org/atom/ns#': 'atom',
  'http://purl.org/rss/1.0/': '',
  'http://my.netscape.com/rdf/simple/0.9/': '',
  'http://backend.userland.com/rss2': '',
  'http://blogs.law.harvard.edu/tech/rss': '',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://www.w3.org/1999/xhtml': 'xhtml',
  'http://www.w3.org/XML/1998/namespace': 'xml',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://search.yahoo.com/mrss/': 'media',
});

// Prefixes feeds use without declaring them; a reader would still take `dc:date` for Dublin Core.
const CONVENTIONAL = new Set(['atom', 'dc', 'dcterms', 'content', 'rdf', 'xhtml', 'xml', 'itunes', 'media']);

// Feeds vary the case and trailing slash of well-known URIs, so they are matched loosely.
function loose(uri: string): string {
  const trimmed = uri.trim();
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === '/') end--;
  return trimmed.slice(0, end).toLowerCase();
}
const LOOSE = new Map(Object.entries(KNOWN).map(([uri, prefix]) => [loose(uri), prefix]));

/** The prefix a format reader knows this namespace by ('' for RSS), or null for a namespace it ignores. */
export function knownPrefix(uri: string): string | null {
  return LOOSE.get(loose(uri)) ?? null;
}

/** The canonical name of an element or attribute: `prefix:local` for known namespaces, `local` for RSS and none. */
export function canonicalName(prefix: string | null, uri: string | null, local: string): string {
  const lower = local.toLowerCase();
  if (uri !== null) {
    const known = knownPrefix(uri);
    if (known === null) return `{${uri}}${lower}`;
    return known === '' ? lower : `${known}:${lower}`;
  }
  if (prefix === null) return lower;
  const conventional = prefix.toLowerCase();
  return CONVENTIONAL.has(conventional) ? `${conventional}:${lower}` : `${conventional}?:${lower}`;
}
