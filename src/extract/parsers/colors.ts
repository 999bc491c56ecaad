// Colour options: "in three colours – Gold, Pink and Silver", "Phantom Black and Cream colourways".
import type { Component } from '../component.js';
import type { Span } from '../doc.js';
import { COLOR_WORDS } from '../lexicon/colors.js';
import { alternation, pattern } from '../patterns.js';
import type { ValueSpan } from './regex-parser.js';

// Colour words in either case; a capitalised word before one is part of its name ("Phantom Black").
const WORDS = alternation(COLOR_WORDS.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]));
const COLOR = `(?:(?:[A-Z][a-z]+|light|dark|deep|pale|bright)\\s)?(?:${WORDS})`;
const LIST = pattern('colors/list', `\\b${COLOR}(?:\\s?(?:,|and|or|&|\\/)\\s?(?:and\\s)?${COLOR}){1,9}\\b`, 'g');
const CONTEXT =
  /colou?r|colorway|colourway|finish|shade|hue|paint|option|come in|comes in|available in|offered in|dressed in/i;

export const colors: Component = {
  name: 'colors',
  kind: 'parser',
  requires: [],
  assigns: ['spec'],
  run(doc) {
    const re = new RegExp(LIST.source, LIST.flags);
    let m: RegExpExecArray | null;
    while ((m = re.exec(doc.text)) !== null) {
      const before = doc.text.slice(Math.max(0, m.index - 60), m.index);
      const after = doc.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      if (
        !CONTEXT.test(before) &&
        !/^\s*(colou?r|colorway|colourway|finish|shade|version|model|variant|option)/i.test(after)
      )
        continue;
      const names = m[0]
        .split(/\s?(?:,|\band\b|\bor\b|&|\/)\s?/i)
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s.length > 0 && s !== 'and');
      if (names.length < 2) continue;
      const span: Span<ValueSpan> = {
        start: m.index,
        end: m.index + m[0].length,
        label: 'colors',
        value: { attribute: 'colors', value: names },
        by: ['parsers/colors'],
      };
      doc.add('spec', span);
    }
  },
};
