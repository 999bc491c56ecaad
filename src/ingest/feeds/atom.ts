// Atom 1.0 and 0.3. Entries without an author inherit the feed's (RFC 4287 §4.2.1).
import { atomPeople, personName, unique } from './authors.js';
import { constructHtml, constructText, looseText } from './content.js';
import { firstDate } from './feed-date.js';
import { atomAlternate, basesFor } from './links.js';
import type { ReadContext } from './read-context.js';
import type { Feed, FeedEntry } from './types.js';
import type { XmlElement } from './xml-tree.js';
import { childrenNamed, firstChild, plainText } from './xml-query.js';

// published and issued/created (0.3) say when the entry appeared; updated/modified only when it last changed.
const DATES = ['atom:published', 'atom:issued', 'atom:created', 'dc:date', 'atom:updated', 'atom:modified'];

function authors(entry: XmlElement, feedAuthors: string[]): string[] {
  const own = atomPeople(entry, 'atom:author');
  if (own.length > 0) return own;
  const creators = unique(childrenNamed(entry, 'dc:creator').map((el) => personName(looseText(el))));
  if (creators.length > 0) return creators;
  const source = firstChild(entry, 'atom:source');
  const fromSource = source ? atomPeople(source, 'atom:author') : [];
  return fromSource.length > 0 ? fromSource : feedAuthors;
}

function readEntry(context: ReadContext, entry: XmlElement, feedLink: string | null, feedAuthors: string[]): FeedEntry {
  const { document } = context;
  return {
    id: plainText(firstChild(entry, 'atom:id')),
    title: constructText(document, firstChild(entry, 'atom:title')) ?? looseText(firstChild(entry, 'dc:title')),
    link: atomAlternate(entry, basesFor(entry, feedLink, context.documentUrl)),
    published: firstDate(entry, DATES),
    authors: authors(entry, feedAuthors),
    contentHtml:
      constructHtml(document, firstChild(entry, 'atom:content')) ??
      constructHtml(document, firstChild(entry, 'atom:summary')),
  };
}

export function readAtom(context: ReadContext, root: XmlElement): Feed {
  const link = atomAlternate(root, [root.base, context.documentUrl]);
  const feedAuthors = atomPeople(root, 'atom:author');
  return {
    title: constructText(context.document, firstChild(root, 'atom:title')),
    link,
    format: 'atom',
    entries: childrenNamed(root, 'atom:entry').map((entry) => readEntry(context, entry, link, feedAuthors)),
  };
}
