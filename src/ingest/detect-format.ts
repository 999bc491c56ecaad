// Which reader handles an input: the extension decides; without a known one, the first bytes do.
import type { ArticleFormat } from '../core/types.js';

const BY_EXTENSION: Readonly<Record<string, ArticleFormat>> = Object.freeze({
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
});

const HTML_MARKERS = ['<!doctype html', '<html', '<head', '<body', '<p>', '<article', '<div'];

function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

function sniff(text: string): ArticleFormat {
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  if (head.startsWith('<?xml') && head.includes('<html')) return 'html';
  if (HTML_MARKERS.some((marker) => head.includes(marker))) return 'html';
  if (head.startsWith('---\n')) return 'markdown';
  return 'text';
}

/** `name` is a path or `-` for standard input; `text` is consulted only when the name does not decide. */
export function detectFormat(name: string, text = ''): ArticleFormat {
  return BY_EXTENSION[extensionOf(name)] ?? sniff(text);
}
