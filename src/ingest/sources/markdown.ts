// Markdown articles: front matter becomes metadata, the rest is reduced to the plain text claims index into.
import type { Article } from '../../core/types.js';
import { normaliseDate } from '../normalise-date.js';
import { readFrontMatter, type FrontMatterValue } from './front-matter.js';
import { inlineToText } from './markdown-inline.js';
import { titleFromFirstLine } from './text.js';

const FENCE = /^\s{0,3}(?:```|~~~)/;
const HEADING = /^\s{0,3}#{1,6}(?:\s|$)/;
const CLOSING_HASHES = /\s#{1,6}\s*$/;
const BULLET = /^\s{0,12}[*+-]\s/;
const QUOTE = /^\s{0,3}>\s?/;
const RULE = /^\s{0,3}(?:[-*_]\s?){3,}$/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]\n]{1,200}\]:\s/;
const SETEXT_UNDERLINE = /^\s{0,3}(?:={2,}|-{2,})\s*$/;

function blockLine(line: string): string {
  if (LINK_DEFINITION.test(line)) return '';
  if (RULE.test(line)) return '';
  let rest = line;
  while (QUOTE.test(rest)) rest = rest.replace(QUOTE, '');
  if (HEADING.test(rest)) return inlineToText(rest.replace(HEADING, '').replace(CLOSING_HASHES, '')).trim();
  if (BULLET.test(rest)) return `- ${inlineToText(rest.replace(BULLET, ''))}`;
  return inlineToText(rest);
}

/** Markdown body → plain text; code inside fences is kept verbatim, the fence lines are dropped. */
export function markdownToText(markdown: string): string {
  const out: string[] = [];
  let inFence = false;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (FENCE.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) out.push(line);
    // `Title\n=====` underlines a heading; the underline itself is not text.
    else if (SETEXT_UNDERLINE.test(line) && i > 0 && (lines[i - 1] ?? '').trim() !== '') continue;
    else out.push(blockLine(line));
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function one(value: FrontMatterValue | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return first && first.trim() !== '' ? first.trim() : null;
}

function many(value: FrontMatterValue | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => v.trim()).filter((v) => v !== '');
}

function firstHeading(markdown: string): string | null {
  for (const line of markdown.split('\n', 50)) {
    if (/^\s{0,3}#\s/.test(line))
      return inlineToText(line.replace(HEADING, '').replace(CLOSING_HASHES, '')).trim() || null;
  }
  return null;
}

export function readMarkdown(source: string): Article {
  const { fields, body } = readFrontMatter(source);
  const text = markdownToText(body);
  const title = one(fields.title) ?? firstHeading(body) ?? titleFromFirstLine(text);
  const withTitle = title && !text.startsWith(title) && one(fields.title) ? `${title}\n\n${text}` : text;
  return {
    text: withTitle,
    format: 'markdown',
    title,
    published: normaliseDate(one(fields.published) ?? one(fields.date)),
    publisher: one(fields.publisher) ?? one(fields.site),
    authors: many(fields.authors ?? fields.author),
    url: one(fields.url) ?? one(fields.canonical),
  };
}
