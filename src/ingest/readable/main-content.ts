// The article body via Readability, as DOM; or the page's own body when Readability finds no article.
import { Readability } from '@mozilla/readability';
import { parseDocument, type HtmlDocument } from './parse-document.js';

type Body = NonNullable<HtmlDocument['body']>;

interface TreeNode {
  children: ArrayLike<TreeNode>;
}

export interface MainContent {
  body: Body;
  /** False when the text is the whole page's, not an article Readability found. */
  readable: boolean;
}

// Readability recurses per level and slows down sharply on deep trees (40,000 nested divs: 12 s, then a stack
// overflow). Real articles nest a few dozen levels; deeper markup is junk and gets the plain body-text reading.
const MAX_READABLE_DEPTH = 500;

function deeperThan(root: TreeNode, limit: number): boolean {
  const stack: [TreeNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [TreeNode, number];
    if (depth > limit) return true;
    // linkedom builds `children` afresh on every access: read it once per node.
    const children = node.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child) stack.push([child, depth + 1]);
    }
  }
  return false;
}

function readability(document: HtmlDocument): string | null {
  try {
    // linkedom's document is close enough to the DOM Readability expects, but its types are not the DOM lib's.
    const content = new Readability(document as never).parse()?.content;
    return content && content.trim() !== '' ? content : null;
  } catch {
    // Readability can throw on odd markup; the page's own body is then the best text we have.
    return null;
  }
}

/** Reads `document` destructively (Readability mutates it), so take metadata first; `html` rebuilds it if needed. */
export function mainContent(document: HtmlDocument, html: string): MainContent | null {
  const body = document.body;
  if (body === null) return null;
  if (deeperThan(body as TreeNode, MAX_READABLE_DEPTH)) return { body, readable: false };
  const content = readability(document);
  if (content !== null) {
    const article = parseDocument(`<!doctype html><html><head></head><body>${content}</body></html>`).body;
    if (article) return { body: article, readable: true };
  }
  const fresh = parseDocument(html).body;
  return fresh ? { body: fresh, readable: false } : null;
}
