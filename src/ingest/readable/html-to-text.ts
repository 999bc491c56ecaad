// The DOM → the text claim spans index into: one blank line between blocks, collapsed spaces inside them.
// Walks with an explicit stack because garbage HTML can nest deeper than the call stack.

interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS']);
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
]);
const CELLS = new Set(['TD', 'TH']);

const BREAK = '\n';

type Step = { node: DomNode; pre: boolean } | { close: string };

class Blocks {
  private readonly blocks: string[] = [];
  private inline = '';

  add(text: string): void {
    this.inline += text;
  }

  flush(): void {
    const kept: string[] = [];
    let blank = false;
    for (const raw of this.inline.split(BREAK)) {
      const line = raw.replace(/[^\S\n]+/g, ' ').trim();
      // Two <br> in a row separate paragraphs on old pages: keep one blank line, never more.
      if (line === '') {
        blank = kept.length > 0;
        continue;
      }
      if (blank) kept.push('');
      kept.push(line);
      blank = false;
    }
    if (kept.length > 0) this.blocks.push(kept.join('\n'));
    this.inline = '';
  }

  text(): string {
    this.flush();
    return this.blocks.join('\n\n');
  }
}

export function htmlToText(root: DomNode): string {
  const out = new Blocks();
  const stack: Step[] = [{ node: root, pre: false }];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    if ('close' in step) {
      if (BLOCKS.has(step.close)) out.flush();
      else if (CELLS.has(step.close)) out.add(' ');
      continue;
    }
    const { node, pre } = step;
    if (node.nodeType === TEXT_NODE) {
      const data = node.textContent ?? '';
      // Inside <pre> a newline is a line break; elsewhere it is just a space.
      out.add(pre ? data : data.replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED.has(tag)) continue;
    if (tag === 'BR') {
      out.add(BREAK);
      continue;
    }
    if (BLOCKS.has(tag)) out.flush();
    stack.push({ close: tag });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, pre: pre || tag === 'PRE' });
    }
  }
  return out.text();
}
