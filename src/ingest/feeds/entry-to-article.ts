// A feed entry → what ingest does with it: an Article when the entry carries the whole post, else its link to
// fetch the page from, else nothing. The threshold is about full text versus teaser: teasers run to a paragraph.
import type { Article } from '../../core/types.js';
import { htmlToText } from '../readable/html-to-text.js';
import { nestsDeeperThan } from '../readable/nesting-depth.js';
import { parseDocument } from '../readable/parse-document.js';
import type { Feed, FeedEntry } from './types.js';

/** Words of text an entry needs to count as the full article rather than a summary. */
export const FULL_TEXT_WORDS = 150;

// As for pages (sources/html.ts): markup nested this deep is junk, and the DOM would take minutes to build.
const MAX_NESTING = 5000;

export type EntryArticle = { kind: 'full'; article: Article } | { kind: 'link'; url: string } | null;

function bodyText(html: string): string {
  if (nestsDeeperThan(html, MAX_NESTING)) return '';
  const body = parseDocument(`<!doctype html><html><head></head><body>${html}</body></html>`).body;
  return body ? htmlToText(body) : '';
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\w/.test(word)).length;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Headline claims count too, so the title leads the text unless the body already opens with it (as for pages). */
function withTitle(title: string | null, body: string): string {
  if (!title || squash(body.slice(0, title.length * 2 + 20)).startsWith(squash(title))) return body;
  return `${title}\n\n${body}`;
}

export function entryArticle(entry: FeedEntry, feed: Feed): EntryArticle {
  const body = entry.contentHtml ? bodyText(entry.contentHtml) : '';
  if (wordCount(body) >= FULL_TEXT_WORDS) {
    return {
      kind: 'full',
      article: {
        text: withTitle(entry.title, body),
        format: 'html',
        title: entry.title,
        published: entry.published,
        publisher: feed.title,
        authors: entry.authors,
        url: entry.link,
      },
    };
  }
  return entry.link ? { kind: 'link', url: entry.link } : null;
}
