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
  /**
   * Lower-case words one of which every match contains: when the text has none, the scan is skipped.
   * With `digitFirst`, the pattern starts with `\b` and a digit, so instead of scanning the whole
   * text it is tried only where a number starts (see Doc.numberStarts).
   */
  options?: readonly string[] | { hints?: readonly string[]; digitFirst?: boolean },
): Component {
  if (!regex.global) throw new Error(`${name}: pattern must be global`);
  const hints = Array.isArray(options) ? options : (options as { hints?: readonly string[] } | undefined)?.hints;
  const digitFirst = !Array.isArray(options) && (options as { digitFirst?: boolean } | undefined)?.digitFirst;
  // The same pattern, anchored where it is tried: same source, so the ReDoS check covers it.
  const sticky = digitFirst ? new RegExp(regex.source, regex.flags.replace('g', '') + 'y') : null;
  const emit = (m: RegExpExecArray, doc: Doc) => {
    const got = toValues(m, doc);
    if (!got) return;
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
  };
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
      if (sticky) {
        // Like the global scan: a match (kept or not) is stepped over before the next try.
        let next = 0;
        for (const at of doc.numberStarts()) {
          if (at < next) continue;
          sticky.lastIndex = at;
          const m = sticky.exec(doc.text);
          if (!m || m[0].length === 0) continue;
          next = at + m[0].length;
          emit(m, doc);
        }
        return;
      }
      const re = regex;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(doc.text)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        emit(m, doc);
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
