// RSS 0.9x/2.0 and RDF (RSS 0.90 and 1.0): the same item vocabulary, arranged differently. RSS nests items in
// <channel>; RDF puts them beside it. Both readers take items from either place, since feeds mix the two.
import type { Feed, FeedEntry } from './types.js';
import { rssAuthors } from './authors.js';
import { constructHtml, constructText, escapedHtml, looseText, xhtmlHtml } from './content.js';
import { firstDate } from './feed-date.js';
import { atomAlternate, basesFor, resolveLink } from './links.js';
import type { ReadContext } from './read-context.js';
import type { XmlElement } from './xml-tree.js';
import { attr, childrenNamed, firstChild, plainText } from './xml-query.js';

const DATES = [
  'pubdate',
  'dc:date',
  'dcterms:issued',
  'dcterms:created',
  'atom:published',
  'dcterms:modified',
  'atom:updated',
];

function title(context: ReadContext, element: XmlElement): string | null {
  const atomTitle = firstChild(element, 'atom:title');
  return (
    looseText(firstChild(element, 'title', 'dc:title')) ??
    constructText(context.document, atomTitle) ??
    looseText(firstChild(element, 'media:title'))
  );
}

/** The fullest body first: content:encoded and XHTML bodies carry whole posts, description often a teaser. */
function contentHtml(context: ReadContext, item: XmlElement): string | null {
  const { document } = context;
  const candidates = [
    () => {
      const encoded = firstChild(item, 'content:encoded');
      return encoded && escapedHtml(document, encoded);
    },
    () => {
      const body = firstChild(item, 'xhtml:body', 'xhtml:div');
      return body && xhtmlHtml(document, body);
    },
    () => constructHtml(document, firstChild(item, 'atom:content')),
    () => {
      const description = firstChild(item, 'description', 'dc:description');
      return description && escapedHtml(document, description);
    },
    () => constructHtml(document, firstChild(item, 'atom:summary')),
  ];
  for (const candidate of candidates) {
    const html = candidate();
    if (html) return html;
  }
  return null;
}

function itemLink(item: XmlElement, bases: (string | null)[]): string | null {
  const guid = firstChild(item, 'guid');
  // A guid is the item's URL unless isPermaLink="false"; only an absolute one is trusted as a link.
  const permalink = guid && attr(guid, 'ispermalink')?.toLowerCase() !== 'false' ? plainText(guid) : null;
  return (
    resolveLink(plainText(firstChild(item, 'link')), bases) ??
    resolveLink(permalink, []) ??
    atomAlternate(item, bases) ??
    resolveLink(attr(item, 'rdf:about'), [])
  );
}

function readItem(context: ReadContext, item: XmlElement, feedLink: string | null): FeedEntry {
  return {
    id: plainText(firstChild(item, 'guid')) ?? attr(item, 'rdf:about') ?? plainText(firstChild(item, 'atom:id')),
    title: title(context, item),
    link: itemLink(item, basesFor(item, feedLink, context.documentUrl)),
    published: firstDate(item, DATES),
    authors: rssAuthors(item),
    contentHtml: contentHtml(context, item),
  };
}

function readChannel(context: ReadContext, root: XmlElement, format: 'rss' | 'rdf'): Feed {
  const channel = firstChild(root, 'channel') ?? root;
  const bases = [channel.base, context.documentUrl];
  const link = resolveLink(plainText(firstChild(channel, 'link')), bases) ?? atomAlternate(channel, bases);
  const items =
    channel === root
      ? childrenNamed(root, 'item')
      : [...childrenNamed(channel, 'item'), ...childrenNamed(root, 'item')];
  return {
    title: title(context, channel),
    link,
    format,
    entries: items.map((item) => readItem(context, item, link)),
  };
}

export function readRss(context: ReadContext, root: XmlElement): Feed {
  return readChannel(context, root, 'rss');
}

export function readRdf(context: ReadContext, root: XmlElement): Feed {
  return readChannel(context, root, 'rdf');
}
