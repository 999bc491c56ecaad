// Most value parsers are one pattern and a function from its match to a value: this builds them.
import type { Attribute, ClaimValue } from '../../core/types.js';
import type { Component } from '../component.js';
import type { Doc, LayerName, Span } from '../doc.js';

export interface ValueSpan {
  attribute: Attribute;
  value: ClaimValue;
  qualifier?: string | null;
  /** True when the writer added this value as a conversion of another (dropped later). */
  converted?: boolean;
}

export interface MatchedValue extends ValueSpan {
  /** Offsets relative to the match start; default: the whole match. */
  start?: number;
  end?: number;
}

export function regexParser(
  name: string,
  layer: LayerName,
  regex: RegExp,
  toValues: (m: RegExpExecArray, doc: Doc) => MatchedValue | MatchedValue[] | null,
  /** Lower-case words one of which every match contains: when the text has none, the scan is skipped. */
  hints?: readonly string[],
): Component {
  if (!regex.global) throw new Error(`${name}: pattern must be global`);
  return {
    name,
    kind: 'parser',
    requires: [],
    assigns: [layer],
    run(doc) {
      if (hints) {
        const lower = doc.lower();
        if (!hints.some((h) => lower.includes(h))) return;
      }
      const re = regex;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(doc.text)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const got = toValues(m, doc);
        if (!got) continue;
        for (const v of Array.isArray(got) ? got : [got]) {
          const { start, end, ...value } = v;
          const span: Span<ValueSpan> = {
            start: m.index + (start ?? 0),
            end: m.index + (end ?? m[0].length),
            label: value.attribute,
            value,
            by: [`parsers/${name}`],
          };
          doc.add(layer, span);
        }
      }
    },
  };
}

/** The text around a match, lower-cased, for context checks. */
export function around(doc: Doc, m: RegExpExecArray, before: number, after: number): { pre: string; post: string } {
  return {
    pre: doc.text.slice(Math.max(0, m.index - before), m.index).toLowerCase(),
    post: doc.text.slice(m.index + m[0].length, m.index + m[0].length + after).toLowerCase(),
  };
}
