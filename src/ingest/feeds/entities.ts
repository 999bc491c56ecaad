// Character references in one pass: XML's five, numeric references, entities the DOCTYPE declared, and the HTML 4
// names feeds use without declaring them. One pass matters: `&amp;lt;` must become `&lt;`, never `<`.
import { ParseError } from '../../core/errors.js';
import { decodeWindows1252 } from '../windows-1252.js';
import { HTML_ENTITIES } from './html-entities.js';

const XML_ENTITIES: Readonly<Record<string, string>> = Object.freeze({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
});

const REFERENCE = /&(?:#(\d{1,10})|#[xX]([0-9a-fA-F]{1,8})|([A-Za-z_][\w.-]{0,63}));/g;

/** Text from DOCTYPE-declared entities, per document; past it the document is an expansion bomb, not a feed. */
export const MAX_DECLARED_EXPANSION = 1_000_000;

function fromCodePoint(code: number): string {
  // Numeric references to 128–159 mean windows-1252 characters on the web (&#146; is a right quote).
  if (code >= 0x80 && code <= 0x9f) return decodeWindows1252(new Uint8Array([code]));
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

export type EntityDecoder = (text: string) => string;

/** A decoder for one document; `declared` are its DOCTYPE entities, already expanded. */
export function entityDecoder(declared: ReadonlyMap<string, string>, name: string): EntityDecoder {
  let expanded = 0;
  return (text) => {
    if (!text.includes('&')) return text;
    return text.replace(REFERENCE, (whole, decimal?: string, hex?: string, named?: string) => {
      if (decimal !== undefined) return fromCodePoint(Number(decimal));
      if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
      const entity = named as string;
      if (Object.hasOwn(XML_ENTITIES, entity)) return XML_ENTITIES[entity] as string;
      const value = declared.get(entity);
      if (value !== undefined) {
        expanded += value.length;
        if (expanded > MAX_DECLARED_EXPANSION) {
          const reason = `DOCTYPE entities expand to over ${MAX_DECLARED_EXPANSION} characters (an entity-expansion bomb)`;
          throw new ParseError('ingest', name, 'feed', reason);
        }
        return value;
      }
      if (Object.hasOwn(HTML_ENTITIES, entity)) return String.fromCodePoint(HTML_ENTITIES[entity] as number);
      // An undefined entity stays as written: dropping it would lose text, and it cannot be decoded.
      return whole;
    });
  };
}
