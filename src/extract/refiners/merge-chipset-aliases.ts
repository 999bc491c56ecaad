// "a Snapdragon 800 processor (MSM8974AB)": the part number in brackets names the same chip, so it
// joins the chipset claim instead of making a second one.
import { mergeAdjacentRefiner } from '../component.js';
import type { ValueSpan } from '../parsers/regex-parser.js';

export const mergeChipsetAliases = mergeAdjacentRefiner<ValueSpan>(
  'merge-chipset-aliases',
  'spec',
  (a, b, between) =>
    a.value?.attribute === 'chipset' &&
    b.value?.attribute === 'chipset' &&
    /^\s?(?:[a-z]+\s){0,2}\(\s?$/i.test(between),
  (a, b, doc) => ({ ...a, end: doc.text[b.end] === ')' ? b.end + 1 : b.end }),
);
