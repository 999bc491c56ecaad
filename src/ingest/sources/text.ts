// Plain text is already what extraction reads; only a headline on the first line is worth noticing.
import type { Article } from '../../core/types.js';

const MAX_TITLE_LENGTH = 150;

/** A first line counts as a title when it is short and a blank line follows it. */
export function titleFromFirstLine(text: string): string | null {
  const body = text.replace(/^\n+/, '');
  const end = body.indexOf('\n');
  if (end < 0) return null;
  const first = body.slice(0, end).trim();
  const rest = body.slice(end + 1);
  const nextLineEnd = rest.indexOf('\n');
  const second = nextLineEnd < 0 ? rest : rest.slice(0, nextLineEnd);
  if (first.length === 0 || first.length > MAX_TITLE_LENGTH || second.trim() !== '') return null;
  return first;
}

export function readText(text: string): Article {
  return {
    text,
    format: 'text',
    title: titleFromFirstLine(text),
    published: null,
    publisher: null,
    authors: [],
    url: null,
  };
}
