// Bytes → Feed: decode, build the tree, pick the reader by the root element. Refusals are ParseErrors naming the
// input and why; anything else escaping from here is a bug (the fuzz test holds it to that).
import { ParseError } from '../../core/errors.js';
import { readAtom } from './atom.js';
import { decodeFeedBytes } from './decode-feed-bytes.js';
import { readRdf, readRss } from './rss.js';
import type { Feed } from './types.js';
import { readXml } from './xml-tree.js';

/** `name` is the feed's URL when it was fetched; then it is also the base of relative links. */
function documentUrl(name: string): string | null {
  if (!/^https?:\/\//i.test(name) || !URL.canParse(name)) return null;
  return new URL(name).href;
}

function localName(name: string): string {
  return name.slice(Math.max(name.lastIndexOf(':'), name.lastIndexOf('}')) + 1);
}

export function parseFeed(bytes: Uint8Array, name: string): Feed {
  const source = decodeFeedBytes(bytes, name);
  const url = documentUrl(name);
  const document = readXml(source, name, url);
  const root = document.root;
  const refuse = (reason: string) => new ParseError('ingest', name, 'feed', reason);
  if (root === null) throw refuse('no XML elements: not RSS, Atom or RDF');
  const context = { document, documentUrl: url };
  switch (localName(root.name)) {
    case 'rss':
      return readRss(context, root);
    case 'feed':
      return readAtom(context, root);
    case 'rdf':
      return readRdf(context, root);
    case 'html':
      throw refuse('an HTML page, not RSS, Atom or RDF');
    default:
      throw refuse(`not RSS, Atom or RDF: the root element is <${root.rawName}>`);
  }
}
