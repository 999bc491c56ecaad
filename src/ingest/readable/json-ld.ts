// JSON-LD blocks describe the article better than most meta tags; they come as objects, arrays or @graph lists.
import type { HtmlDocument } from './parse-document.js';

export type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const MAX_NODES = 1000;

function flatten(value: unknown, out: JsonObject[]): void {
  // An explicit stack: a hostile page can nest @graph deeper than the call stack.
  const stack: unknown[] = [value];
  while (stack.length > 0 && out.length < MAX_NODES) {
    const item = stack.pop();
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push(item[i]);
    } else if (isObject(item)) {
      out.push(item);
      if (item['@graph'] !== undefined) stack.push(item['@graph']);
    }
  }
}

/** Every JSON-LD node on the page, in document order; blocks that are not valid JSON are skipped. */
export function jsonLdNodes(document: HtmlDocument): JsonObject[] {
  const nodes: JsonObject[] = [];
  for (const script of document.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (!type.includes('ld+json')) continue;
    try {
      flatten(JSON.parse(script.textContent ?? ''), nodes);
    } catch {
      // Broken JSON-LD is common on real pages; the meta tags may still say what we need.
    }
  }
  return nodes;
}

function text(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (isObject(value)) return text(value.name);
  return null;
}

export function firstString(nodes: JsonObject[], key: string): string | null {
  for (const node of nodes) {
    const value = node[key];
    const found = Array.isArray(value) ? text(value[0]) : text(value);
    if (found) return found;
  }
  return null;
}

/** `author` may be a string, a Person, or a list of either. */
export function authorNames(nodes: JsonObject[]): string[] {
  for (const node of nodes) {
    const value = node.author;
    const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
    const names = list.map(text).filter((name): name is string => name !== null);
    if (names.length > 0) return names;
  }
  return [];
}
