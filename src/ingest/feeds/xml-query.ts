// Small lookups over the element tree that the format readers share.
import type { XmlDocument, XmlElement } from './xml-tree.js';

export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((node): node is XmlElement => typeof node !== 'string');
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return childElements(element).filter((child) => child.name === name);
}

/** The first child with the first of `names` that occurs: the names are in order of preference. */
export function firstChild(element: XmlElement, ...names: string[]): XmlElement | null {
  const children = childElements(element);
  for (const name of names) {
    const found = children.find((child) => child.name === name);
    if (found) return found;
  }
  return null;
}

/** All text inside the element, markup dropped. Iterative: the tree may be as deep as xml-tree.ts allows. */
export function textContent(element: XmlElement): string {
  const parts: string[] = [];
  const stack: (XmlElement | string)[] = [element];
  while (stack.length > 0) {
    const node = stack.pop() as XmlElement | string;
    if (typeof node === 'string') {
      parts.push(node);
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as XmlElement | string);
  }
  return parts.join('');
}

export function collapse(text: string): string | null {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed === '' ? null : collapsed;
}

/** The element's text on one line, or null when it has none (or there is no element). */
export function plainText(element: XmlElement | null): string | null {
  return element ? collapse(textContent(element)) : null;
}

export function attr(element: XmlElement, name: string): string | null {
  const value = element.attrs.get(name)?.trim();
  return value ? value : null;
}

/** The source between the element's tags, exactly as the feed wrote it. */
export function rawInner(document: XmlDocument, element: XmlElement): string {
  return document.source.slice(element.innerStart, element.innerEnd);
}
