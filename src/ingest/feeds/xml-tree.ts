// A forgiving XML reader for feeds. Real feeds break XML in predictable ways (raw HTML inside <description>,
// unclosed tags, stray `<` and `&`, an unterminated CDATA at the end), so instead of stopping at the first error
// it does what a reader would: an end tag closes the nearest open element of that name (and anything left open
// inside it), an end tag nothing matches is ignored, and a document cut short ends where it ends.
// Every element keeps the span of its raw source, so content can be read as the markup the feed wrote.
// It is linear in the input: each scan for a delimiter starts where the previous one stopped.
import { ParseError } from '../../core/errors.js';
import { readDoctype } from './doctype.js';
import { entityDecoder, type EntityDecoder } from './entities.js';
import { ATOM_10, canonicalName, knownPrefix } from './namespaces.js';

export interface XmlElement {
  /** Canonical lower-case name from namespaces.ts: `title`, `atom:link`, `dc:date`, `content:encoded`. */
  name: string;
  /** The name as written, for messages. */
  rawName: string;
  /** Attributes by canonical name (`href`, `xml:base`, `rdf:about`), entity-decoded. */
  attrs: Map<string, string>;
  /** Text (entity-decoded, CDATA included) and child elements, in document order. */
  children: XmlNode[];
  /** The xml:base in scope, resolved to an absolute URL, or null when none is. */
  base: string | null;
  /** [innerStart, innerEnd) is the raw source between the start and the end tag. */
  innerStart: number;
  innerEnd: number;
}

export type XmlNode = XmlElement | string;

export interface XmlDocument {
  source: string;
  /** The first element at the top level, or null when there is none. */
  root: XmlElement | null;
  decode: EntityDecoder;
}

/** Deeper than any feed; past it the input is junk, and the tree walkers would need ever more stack. */
export const MAX_DEPTH = 1000;

// Items and entries never nest: one that starts while another is open means the feed forgot an end tag.
const NEVER_NESTED = new Set(['item', 'atom:entry']);

// HTML elements that never have an end tag; feeds that paste raw HTML into RSS write them without `/>`.
const VOID = new Set(['br', 'img', 'hr', 'input', 'wbr', 'area', 'col', 'embed', 'param', 'source', 'track']);

type Scope = ReadonlyMap<string, string>;

interface Open {
  element: XmlElement;
  scope: Scope;
}

interface StartTag {
  rawName: string;
  rawAttrs: [string, string][];
  selfClosing: boolean;
  end: number;
}

const NAME_START = /[A-Za-z_:\u00c0-\uffff]/;
const WHITESPACE = /\s/;

function splitName(qname: string): [string | null, string] {
  const colon = qname.indexOf(':');
  return colon > 0 && colon < qname.length - 1 ? [qname.slice(0, colon), qname.slice(colon + 1)] : [null, qname];
}

function resolveUrl(href: string, base: string | null): string | null {
  const trimmed = href.trim();
  if (URL.canParse(trimmed, base ?? undefined)) return new URL(trimmed, base ?? undefined).href;
  return null;
}

class TreeBuilder {
  private readonly stack: Open[] = [];
  /** How many elements of each (lower-case, as written) name are open: a stray end tag then costs no stack search. */
  private readonly openNames = new Map<string, number>();
  private readonly top: XmlNode[] = [];
  private decode: EntityDecoder;
  private seenElement = false;

  constructor(
    private readonly source: string,
    private readonly name: string,
    private readonly documentUrl: string | null,
  ) {
    this.decode = entityDecoder(new Map(), name);
  }

  build(): XmlDocument {
    const { source } = this;
    let at = 0;
    while (at < source.length) {
      const lt = source.indexOf('<', at);
      if (lt < 0) {
        this.text(source.slice(at));
        break;
      }
      if (lt > at) this.text(source.slice(at, lt));
      at = this.markup(lt);
    }
    for (const open of this.stack) open.element.innerEnd = source.length;
    const root = this.top.find((node): node is XmlElement => typeof node !== 'string') ?? null;
    return { source, root, decode: this.decode };
  }

  /** Reads the markup that starts at `lt` and returns where reading continues. */
  private markup(lt: number): number {
    const { source } = this;
    if (source.startsWith('<!--', lt)) return this.skipPast('-->', lt + 4);
    if (source.startsWith('<![CDATA[', lt)) {
      const close = source.indexOf(']]>', lt + 9);
      this.append(source.slice(lt + 9, close < 0 ? source.length : close));
      return close < 0 ? source.length : close + 3;
    }
    if (/^<!doctype/i.test(source.slice(lt, lt + 9))) {
      const doctype = readDoctype(source, lt, this.name);
      // Entities declared after the root element started are not XML; ignore them rather than guess.
      if (!this.seenElement) this.decode = entityDecoder(doctype.entities, this.name);
      return doctype.end;
    }
    if (source.startsWith('<!', lt)) return this.skipPast('>', lt + 2);
    if (source.startsWith('<?', lt)) return this.skipPast('?>', lt + 2);
    const next = source[lt + 1] ?? '';
    if (next === '/') return this.endTag(lt);
    if (NAME_START.test(next)) return this.startTag(lt);
    // A lone `<` in text ("a < b"): broken XML, but the reader means the character.
    this.text('<');
    return lt + 1;
  }

  private skipPast(delimiter: string, from: number): number {
    const close = this.source.indexOf(delimiter, from);
    return close < 0 ? this.source.length : close + delimiter.length;
  }

  private text(raw: string): void {
    this.append(this.decode(raw));
  }

  private append(text: string): void {
    if (text === '') return;
    const parent = this.stack.at(-1);
    (parent ? parent.element.children : this.top).push(text);
  }

  private readStartTag(lt: number): StartTag {
    const { source } = this;
    let at = lt + 1;
    while (at < source.length && !WHITESPACE.test(source[at] as string) && source[at] !== '>' && source[at] !== '/') {
      at++;
    }
    const rawName = source.slice(lt + 1, at);
    const rawAttrs: [string, string][] = [];
    while (at < source.length) {
      while (at < source.length && WHITESPACE.test(source[at] as string)) at++;
      const ch = source[at];
      if (ch === '>') return { rawName, rawAttrs, selfClosing: false, end: at + 1 };
      if (ch === '/' && source[at + 1] === '>') return { rawName, rawAttrs, selfClosing: true, end: at + 2 };
      if (ch === '/' || ch === '"' || ch === "'" || ch === '=') {
        at++;
        continue;
      }
      const nameStart = at;
      while (at < source.length && !/[\s=>/]/.test(source[at] as string)) at++;
      const attrName = source.slice(nameStart, at);
      while (at < source.length && WHITESPACE.test(source[at] as string)) at++;
      if (source[at] !== '=') {
        rawAttrs.push([attrName, '']);
        continue;
      }
      at++;
      while (at < source.length && WHITESPACE.test(source[at] as string)) at++;
      const quote = source[at];
      if (quote === '"' || quote === "'") {
        const close = source.indexOf(quote, at + 1);
        const value = close < 0 ? null : source.slice(at + 1, close);
        // `<` cannot occur in an attribute value: an unclosed quote ran into markup, so the tag ends at the next `>`.
        if (value === null || value.includes('<')) {
          const gt = source.indexOf('>', at);
          const end = gt < 0 ? source.length : gt;
          rawAttrs.push([attrName, source.slice(at + 1, end)]);
          return { rawName, rawAttrs, selfClosing: false, end: gt < 0 ? source.length : gt + 1 };
        }
        rawAttrs.push([attrName, value]);
        at = close + 1;
      } else {
        const valueStart = at;
        while (at < source.length && !/[\s>]/.test(source[at] as string)) at++;
        rawAttrs.push([attrName, source.slice(valueStart, at)]);
      }
    }
    return { rawName, rawAttrs, selfClosing: false, end: source.length };
  }

  private startTag(lt: number): number {
    const tag = this.readStartTag(lt);
    let { scope, name } = this.nameIn(tag);
    // Closing the open item changes the parent, and so maybe the namespaces in scope.
    if (NEVER_NESTED.has(name) && this.closeOpen(tag.rawName, lt)) ({ scope, name } = this.nameIn(tag));
    const parent = this.stack.at(-1);
    const attrs = new Map<string, string>();
    for (const [rawName, rawValue] of tag.rawAttrs) {
      const [attrPrefix, attrLocal] = splitName(rawName);
      if (attrPrefix === 'xmlns' || rawName === 'xmlns') continue;
      // Unprefixed attributes are in no namespace, whatever the default namespace is.
      const uri = attrPrefix === null ? null : (scope.get(attrPrefix) ?? null);
      const attrName = canonicalName(attrPrefix, uri, attrLocal);
      if (!attrs.has(attrName)) attrs.set(attrName, this.decode(rawValue));
    }
    const parentBase = parent?.element.base ?? this.documentUrl;
    const xmlBase = attrs.get('xml:base');
    const element: XmlElement = {
      name,
      rawName: tag.rawName,
      attrs,
      children: [],
      base: xmlBase === undefined ? (parent?.element.base ?? null) : resolveUrl(xmlBase, parentBase),
      innerStart: tag.end,
      innerEnd: tag.end,
    };
    (parent ? parent.element.children : this.top).push(element);
    this.seenElement = true;
    if (tag.selfClosing || VOID.has(name)) return tag.end;
    if (this.stack.length >= MAX_DEPTH) {
      throw new ParseError('ingest', this.name, 'feed', `elements nest over ${MAX_DEPTH} levels deep`);
    }
    this.stack.push({ element, scope });
    const key = tag.rawName.toLowerCase();
    this.openNames.set(key, (this.openNames.get(key) ?? 0) + 1);
    return tag.end;
  }

  /** The namespaces in scope for `tag` under the current parent, and its canonical name there. */
  private nameIn(tag: StartTag): { scope: Scope; name: string } {
    const scope = this.scopeFor(tag, this.stack.at(-1)?.scope ?? new Map());
    const [prefix, local] = splitName(tag.rawName);
    return { scope, name: canonicalName(prefix, scope.get(prefix ?? '') ?? null, local) };
  }

  private scopeFor(tag: StartTag, inherited: Scope): Scope {
    let scope: Map<string, string> | null = null;
    for (const [rawName, rawValue] of tag.rawAttrs) {
      if (rawName !== 'xmlns' && !rawName.startsWith('xmlns:')) continue;
      scope ??= new Map(inherited);
      const prefix = rawName === 'xmlns' ? '' : rawName.slice(6);
      const uri = this.decode(rawValue).trim();
      // xmlns="" undeclares the default namespace.
      if (uri === '') scope.delete(prefix);
      else scope.set(prefix, uri);
    }
    // A root <feed> is Atom whatever namespace it forgot or misspelled (drafts, example.com, none at all).
    const [prefix, local] = splitName(tag.rawName);
    const uri = (scope ?? inherited).get(prefix ?? '');
    if (!this.seenElement && local.toLowerCase() === 'feed' && (uri === undefined || knownPrefix(uri) !== 'atom')) {
      scope ??= new Map(inherited);
      scope.set(prefix ?? '', ATOM_10);
    }
    return scope ?? inherited;
  }

  private endTag(lt: number): number {
    const { source } = this;
    const gt = source.indexOf('>', lt);
    // `</title junk>` still closes <title>: the name is the first word.
    const name =
      source
        .slice(lt + 2, gt < 0 ? source.length : gt)
        .trim()
        .split(/\s/, 1)[0] ?? '';
    this.closeOpen(name, lt);
    return gt < 0 ? source.length : gt + 1;
  }

  /** Closes the innermost open element named `name` and everything open inside it; false when none is open. */
  private closeOpen(name: string, lt: number): boolean {
    const rawName = name.toLowerCase();
    if (!this.openNames.get(rawName)) return false;
    let i = this.stack.length - 1;
    while ((this.stack[i] as Open).element.rawName.toLowerCase() !== rawName) i--;
    // Close the match and everything still open inside it.
    for (const open of this.stack.splice(i)) {
      open.element.innerEnd = lt;
      const key = open.element.rawName.toLowerCase();
      this.openNames.set(key, (this.openNames.get(key) ?? 1) - 1);
    }
    return true;
  }
}

/** Builds the element tree of `source`; `documentUrl` is the base for xml:base when the feed has a URL. */
export function readXml(source: string, name: string, documentUrl: string | null): XmlDocument {
  return new TreeBuilder(source, name, documentUrl).build();
}
