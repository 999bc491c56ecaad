// Feed text comes in three shapes: escaped HTML (RSS description, Atom type="html"), inline XHTML (Atom
// type="xhtml"), and plain text. These turn each into the HTML an Article is read from, or into one-line text.
import { entityDecoder } from './entities.js';
import type { XmlDocument, XmlElement } from './xml-tree.js';
import { attr, collapse, plainText, rawInner, textContent } from './xml-query.js';

const SECTION = /<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)/g;

/**
 * The HTML an escaped-HTML element carries: CDATA sections as written, the rest entity-decoded once.
 * Read from the raw source, so raw HTML pasted in unescaped (invalid, but common) keeps its tags.
 */
export function escapedHtml(document: XmlDocument, element: XmlElement): string | null {
  const raw = rawInner(document, element);
  let html = '';
  let at = 0;
  for (const match of raw.matchAll(SECTION)) {
    html += document.decode(raw.slice(at, match.index)) + (match[1] ?? '');
    at = match.index + match[0].length;
  }
  html += document.decode(raw.slice(at));
  return html.trim() === '' ? null : html.trim();
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Inline XHTML as HTML: the wrapping div dropped, namespace prefixes and CDATA sections turned into plain HTML. */
export function xhtmlHtml(document: XmlDocument, element: XmlElement): string | null {
  let html = rawInner(document, element).trim();
  const wrapped = /^<(?:[\w.-]+:)?div\b[^>]*>([\s\S]*)<\/(?:[\w.-]+:)?div\s*>$/i.exec(html);
  if (wrapped) html = wrapped[1] ?? '';
  html = html
    .replace(/<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g, (_, text: string) => escapeHtml(text))
    .replace(/<(\/?)[A-Za-z_][\w.-]*:(?=[A-Za-z])/g, '<$1')
    .trim();
  return html === '' ? null : html;
}

/** Plain text as HTML: escaped, blank lines as paragraphs, single line breaks kept. */
export function textAsHtml(text: string): string | null {
  const paragraphs = text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => escapeHtml(paragraph.trim()).replace(/\n/g, '<br>'))
    .filter((paragraph) => paragraph !== '');
  return paragraphs.length === 0 ? null : paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n');
}

const decodeHtmlEntities = entityDecoder(new Map(), 'html');

// Comments, scripts and styles go whole; other tags leave their text. Unclosed ones run to the end, as in HTML.
const NOT_TEXT =
  /<!--[\s\S]*?(?:-->|$)|<script\b[^<>]*>[\s\S]*?(?:<\/script\s*>|$)|<style\b[^<>]*>[\s\S]*?(?:<\/style\s*>|$)|<[^<>]*(?:>|$)/gi;

/** HTML reduced to one line of text: enough for titles and names, which carry little markup. */
export function htmlAsText(html: string): string | null {
  return collapse(decodeHtmlEntities(html.replace(NOT_TEXT, ' ')));
}

// Markup or an entity left in text that was already XML-decoded: the feed escaped HTML into a text field.
const LOOKS_LIKE_HTML = /<\/?[a-z][^<>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/** An RSS text field (title, author), which feeds fill with plain text or escaped HTML alike. */
export function looseText(element: XmlElement | null): string | null {
  const text = plainText(element);
  return text !== null && LOOKS_LIKE_HTML.test(text) ? htmlAsText(text) : text;
}

type Construct = 'html' | 'xhtml' | 'text' | 'base64';

/** How an Atom construct (1.0 `type`, 0.3 `type` + `mode`) encodes its content. */
function constructKind(element: XmlElement): Construct {
  const type = (attr(element, 'type') ?? 'text').toLowerCase();
  const mode = (attr(element, 'mode') ?? '').toLowerCase();
  if (mode === 'base64') return 'base64';
  if (type === 'html' || type === 'text/html' || mode === 'escaped') return 'html';
  if (type === 'xhtml' || type === 'application/xhtml+xml' || mode === 'xml') return 'xhtml';
  if (type === 'text' || type.startsWith('text/') || !type.includes('/')) return 'text';
  // RFC 4287 §4.1.3.3: other XML media types are inline XML; any other media type is Base64.
  return /[+/]xml$/.test(type) ? 'xhtml' : 'base64';
}

function fromBase64(element: XmlElement): string {
  return Buffer.from(textContent(element).replace(/\s+/g, ''), 'base64').toString('utf8');
}

/** An Atom content/summary element as HTML; null for out-of-line (`src`) or non-text media content. */
export function constructHtml(document: XmlDocument, element: XmlElement | null): string | null {
  if (element === null || attr(element, 'src') !== null) return null;
  switch (constructKind(element)) {
    case 'html':
      return escapedHtml(document, element);
    case 'xhtml':
      return xhtmlHtml(document, element);
    case 'text':
      return textAsHtml(textContent(element));
    case 'base64': {
      // Only text survives: an image or a PDF inlined as Base64 is no article body.
      const type = (attr(element, 'type') ?? 'text/plain').toLowerCase();
      if (type.includes('html')) return fromBase64(element).trim() || null;
      return type.startsWith('text/') ? textAsHtml(fromBase64(element)) : null;
    }
  }
}

/** An Atom text construct (title, name) as one line of text. */
export function constructText(document: XmlDocument, element: XmlElement | null): string | null {
  if (element === null) return null;
  switch (constructKind(element)) {
    case 'html':
    case 'xhtml': {
      const html = constructHtml(document, element);
      return html === null ? null : htmlAsText(html);
    }
    case 'base64': {
      // Titles in Base64 are text under whatever type the feed gave; decode them regardless.
      const text = collapse(fromBase64(element));
      return text !== null && LOOKS_LIKE_HTML.test(text) ? htmlAsText(text) : text;
    }
    case 'text':
      return plainText(element);
  }
}
