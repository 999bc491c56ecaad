// HTML pages: metadata from the head, the article body from Readability, both reduced to an Article.
import { HearsayError, ParseError } from '../../core/errors.js';
import type { Article } from '../../core/types.js';
import { htmlToText } from '../readable/html-to-text.js';
import { mainContent } from '../readable/main-content.js';
import { readMetadata } from '../readable/metadata.js';
import { nestsDeeperThan } from '../readable/nesting-depth.js';
import { parseDocument, type HtmlDocument } from '../readable/parse-document.js';

// Far beyond any real page; past it, building the DOM alone would take minutes.
const MAX_NESTING = 5000;

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Headline claims count too, so the title leads the text unless the body already opens with it. */
function withTitle(title: string | null, body: string): string {
  if (!title) return body;
  const wanted = squash(title);
  if (squash(body.slice(0, title.length * 2 + 20)).startsWith(wanted)) return body;
  return body === '' ? title : `${title}\n\n${body}`;
}

function bodyText(document: HtmlDocument, html: string): string {
  const main = mainContent(document, html);
  const text = main ? htmlToText(main.body) : '';
  if (text !== '' || !main?.readable) return text;
  // Readability kept only markup without words: read the whole page instead.
  const body = parseDocument(html).body;
  return body ? htmlToText(body) : '';
}

export function readHtml(html: string, name: string): Article {
  if (nestsDeeperThan(html, MAX_NESTING)) {
    throw new ParseError('ingest', name, 'html', `elements nest over ${MAX_NESTING} levels deep: not an article page`);
  }
  try {
    const document = parseDocument(html);
    const metadata = readMetadata(document);
    return { ...metadata, format: 'html', text: withTitle(metadata.title, bodyText(document, html)) };
  } catch (error) {
    if (error instanceof HearsayError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ParseError('ingest', name, 'html', `could not read this HTML (${reason})`, { cause: error });
  }
}
