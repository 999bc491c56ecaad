// `<!DOCTYPE … [ internal subset ]>`: skipped as markup, but its internal entity declarations are kept, expanded
// once here with limits, so the classic bombs (billion laughs, quadratic blowup) fail fast instead of exhausting memory.
import { ParseError } from '../../core/errors.js';
import { entityDecoder } from './entities.js';

export const MAX_ENTITY_DECLARATIONS = 256;
export const MAX_ENTITY_LENGTH = 10_000;

export interface Doctype {
  /** Index just past the declaration's closing `>`. */
  end: number;
  entities: Map<string, string>;
}

const DECLARATION = /<!ENTITY\s+([^\s"'%>]+)\s+(?:"([^"]*)"|'([^']*)')/g;
const REFERENCE = /&(#\d{1,10}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z_][\w.-]{0,63});/g;

/** Where the declaration that opens at `start` ends, and where its internal subset lies, quotes and comments aware. */
function scan(source: string, start: number): { end: number; subset: string } {
  let quote = '';
  let subsetStart = -1;
  let subsetEnd = -1;
  for (let i = start + 2; i < source.length; i++) {
    const ch = source[i];
    if (quote !== '') {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (subsetStart >= 0 && subsetEnd < 0) {
      if (source.startsWith('<!--', i)) {
        const close = source.indexOf('-->', i + 4);
        if (close < 0) break;
        i = close + 2;
      } else if (ch === ']') subsetEnd = i;
    } else if (ch === '[') {
      subsetStart = i + 1;
    } else if (ch === '>') {
      return { end: i + 1, subset: subsetStart >= 0 ? source.slice(subsetStart, subsetEnd) : '' };
    }
  }
  // Unterminated: end at the first `>` so a broken DOCTYPE cannot swallow the feed after it.
  const close = source.indexOf('>', start);
  return { end: close < 0 ? source.length : close + 1, subset: '' };
}

function expandAll(raw: Map<string, string>, name: string): Map<string, string> {
  const done = new Map<string, string>();
  const active = new Set<string>();
  const fail = (reason: string) => new ParseError('ingest', name, 'feed', reason);
  const plain = entityDecoder(new Map(), name);
  const expand = (entity: string): string => {
    const known = done.get(entity);
    if (known !== undefined) return known;
    if (active.has(entity)) throw fail(`DOCTYPE entity &${entity}; refers to itself`);
    active.add(entity);
    // One pass, like the document's own text: nested declared entities expand, other references decode.
    const value = (raw.get(entity) as string).replace(REFERENCE, (whole, inner: string) =>
      raw.has(inner) ? expand(inner) : plain(whole),
    );
    active.delete(entity);
    if (value.length > MAX_ENTITY_LENGTH) {
      throw fail(
        `DOCTYPE entity &${entity}; expands to over ${MAX_ENTITY_LENGTH} characters (an entity-expansion bomb)`,
      );
    }
    done.set(entity, value);
    return value;
  };
  for (const entity of raw.keys()) expand(entity);
  return done;
}

/** Reads the DOCTYPE whose `<!` is at `start`. */
export function readDoctype(source: string, start: number, name: string): Doctype {
  const { end, subset } = scan(source, start);
  const raw = new Map<string, string>();
  for (const match of subset.matchAll(DECLARATION)) {
    const entity = match[1] as string;
    // The first declaration of a name wins, as in XML.
    if (!raw.has(entity)) raw.set(entity, match[2] ?? match[3] ?? '');
    if (raw.size > MAX_ENTITY_DECLARATIONS) {
      throw new ParseError('ingest', name, 'feed', `the DOCTYPE declares over ${MAX_ENTITY_DECLARATIONS} entities`);
    }
  }
  return { end, entities: raw.size === 0 ? raw : expandAll(raw, name) };
}
