// What the page says about itself, read before Readability rewrites the DOM.
import { normaliseDate } from '../normalise-date.js';
import { authorNames, firstString, jsonLdNodes } from './json-ld.js';
import type { HtmlDocument } from './parse-document.js';

export interface PageMetadata {
  title: string | null;
  published: string | null;
  publisher: string | null;
  authors: string[];
  url: string | null;
}

function clean(value: string | null | undefined): string | null {
  const collapsed = (value ?? '').replace(/\s+/g, ' ').trim();
  return collapsed === '' ? null : collapsed;
}

/** meta tags keyed by lower-cased property, name or itemprop; the first occurrence wins. */
function metaTags(document: HtmlDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta')) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop');
    const content = clean(meta.getAttribute('content'));
    if (key && content && !tags.has(key.toLowerCase())) tags.set(key.toLowerCase(), content);
  }
  return tags;
}

function firstOf(tags: Map<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key);
    if (value) return value;
  }
  return null;
}

function firstText(document: HtmlDocument, selector: string): string | null {
  return clean(document.querySelector(selector)?.textContent);
}

function isUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

const DATE_KEYS = [
  'article:published_time',
  'date',
  'pubdate',
  'publishdate',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'datepublished',
];

function published(
  document: HtmlDocument,
  tags: Map<string, string>,
  ld: ReturnType<typeof jsonLdNodes>,
): string | null {
  // Meta tags and JSON-LD describe the article itself; a <time> element may date a comment or a sidebar item.
  const candidates = [
    firstOf(tags, DATE_KEYS),
    firstString(ld, 'datePublished'),
    document.querySelector('time[pubdate]')?.getAttribute('datetime'),
    document.querySelector('time[datetime]')?.getAttribute('datetime'),
  ];
  for (const candidate of candidates) {
    const date = normaliseDate(candidate);
    if (date) return date;
  }
  return null;
}

function authors(document: HtmlDocument, tags: Map<string, string>, ld: ReturnType<typeof jsonLdNodes>): string[] {
  const fromLd = authorNames(ld);
  if (fromLd.length > 0) return fromLd;
  const fromMeta = [tags.get('author'), tags.get('article:author'), tags.get('dc.creator')].filter(
    (value): value is string => value !== undefined && !isUrl(value),
  );
  if (fromMeta.length > 0) return [...new Set(fromMeta)];
  const linked = [...document.querySelectorAll('a[rel="author"]')].map((a) => clean(a.textContent));
  return [...new Set(linked.filter((name): name is string => name !== null))];
}

const SITE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: '];

/** `<title>` often ends with the site's name ("Leak roundup | Gadget Daily"); the headline is the part before it. */
function withoutSiteName(title: string | null, publisher: string | null): string | null {
  if (!title || !publisher) return title;
  for (const separator of SITE_SEPARATORS) {
    const suffix = `${separator}${publisher}`;
    if (title.length > suffix.length && title.toLowerCase().endsWith(suffix.toLowerCase())) {
      return title.slice(0, -suffix.length).trim();
    }
  }
  return title;
}

export function readMetadata(document: HtmlDocument): PageMetadata {
  const tags = metaTags(document);
  const ld = jsonLdNodes(document);
  const publisher =
    firstOf(tags, ['og:site_name']) ?? clean(firstString(ld, 'publisher')) ?? firstOf(tags, ['application-name']);
  return {
    // The writer's own headline fields first; the window title only when they are missing.
    title:
      firstOf(tags, ['og:title', 'twitter:title']) ??
      clean(firstString(ld, 'headline')) ??
      withoutSiteName(firstText(document, 'title'), publisher) ??
      firstText(document, 'h1'),
    published: published(document, tags, ld),
    publisher,
    authors: authors(document, tags, ld),
    url: clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? firstOf(tags, ['og:url']),
  };
}
