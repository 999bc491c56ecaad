// The public face of ingest: bytes and a name in, one Article out. Pure: no file system, network or clock here.
import { InputError } from '../core/errors.js';
import type { Article } from '../core/types.js';
import { decodeBytes } from './decode.js';
import { detectFormat } from './detect-format.js';
import { readHtml } from './sources/html.js';
import { readMarkdown } from './sources/markdown.js';
import { readText } from './sources/text.js';

export { detectFormat } from './detect-format.js';
export { checkSize, DEFAULT_MAX_BYTES } from './decode.js';

export interface ArticleInput {
  bytes: Uint8Array;
  /** A path or `-`; it picks the format and names the input in errors. */
  name: string;
  maxBytes?: number;
}

function parse(text: string, name: string): Article {
  switch (detectFormat(name, text)) {
    case 'html':
      return readHtml(text, name);
    case 'markdown':
      return readMarkdown(text);
    case 'text':
      return readText(text);
  }
}

export function readArticle(input: ArticleInput): Article {
  const text = decodeBytes(input.bytes, input.name, input.maxBytes);
  const article = parse(text, input.name);
  if (article.text.trim() === '') throw new InputError('ingest', input.name, 'no article text found');
  return article;
}
