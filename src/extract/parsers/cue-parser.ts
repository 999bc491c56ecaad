// A parser for lexicon cues (hedges, evidence words): one scan of the lower-cased text for every
// cue at once, each match labelled with the group whose list holds it (the first group that does).
import type { Component } from '../component.js';
import type { LayerName } from '../doc.js';
import { alternation, pattern } from '../patterns.js';

export function cueParser<K extends string>(
  name: string,
  layer: LayerName,
  groups: readonly (readonly [K, readonly string[]])[],
  /** What must not come right before a cue: a word character, or a word boundary is enough. */
  boundary: 'word-start' | 'not-after-word' = 'word-start',
): Component {
  const kindOf = new Map<string, K>();
  for (const [kind, words] of groups)
    for (const w of words) if (!kindOf.has(w.toLowerCase())) kindOf.set(w.toLowerCase(), kind);
  const lead = boundary === 'word-start' ? '\\b' : '(?<!\\w)';
  const cue = pattern(`${name}/cues`, `${lead}(?:${alternation([...kindOf.keys()])})`, 'g');
  return {
    name,
    kind: 'parser',
    requires: [],
    assigns: [layer],
    run(doc) {
      const text = doc.lower();
      cue.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = cue.exec(text)) !== null) {
        const kind = kindOf.get(m[0]);
        if (kind)
          doc.add<K>(layer, {
            start: m.index,
            end: m.index + m[0].length,
            label: kind,
            value: kind,
            by: [`parsers/${name}`],
          });
      }
    },
  };
}
