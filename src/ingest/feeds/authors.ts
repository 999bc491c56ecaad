// Author names from the shapes feeds write them in: RSS `author` ("jo@example.com (Jo Doe)"), Dublin Core
// creators, and Atom person constructs.
import { looseText } from './content.js';
import type { XmlElement } from './xml-tree.js';
import { childrenNamed, firstChild } from './xml-query.js';

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+$/;

/** The name in "jo@example.com (Jo Doe)", "Jo Doe <jo@example.com>" or "Jo Doe (jo@example.com)"; else the text. */
export function personName(raw: string | null): string | null {
  const text = raw?.trim() ?? '';
  if (text === '') return null;
  const open = text.indexOf(' (');
  if (open > 0 && text.endsWith(')') && EMAIL.test(text.slice(0, open))) return text.slice(open + 2, -1).trim() || null;
  const last = Math.max(text.lastIndexOf(' <'), text.lastIndexOf(' ('));
  if (last > 0 && /[>)]$/.test(text) && EMAIL.test(text.slice(last + 2, -1))) return text.slice(0, last).trim();
  return text;
}

export function unique(names: (string | null)[]): string[] {
  return [...new Set(names.filter((name): name is string => name !== null))];
}

/** Names of Atom person constructs (`atom:author`, `atom:contributor`), from `name`, else `email`, else the text. */
export function atomPeople(element: XmlElement, name: string): string[] {
  return unique(
    childrenNamed(element, name).map((person) =>
      personName(looseText(firstChild(person, 'atom:name', 'atom:email') ?? person)),
    ),
  );
}

function named(item: XmlElement, name: string): string[] {
  return unique(childrenNamed(item, name).map((el) => personName(looseText(el))));
}

/** RSS and RDF item authors: Dublin Core creators first, then RSS `author`, then what other vocabularies say. */
export function rssAuthors(item: XmlElement): string[] {
  for (const name of ['dc:creator', 'author', 'dc:author', 'itunes:author']) {
    const found = named(item, name);
    if (found.length > 0) return found;
  }
  return atomPeople(item, 'atom:author');
}
