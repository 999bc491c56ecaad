// Colour options: "in three colours – Gold, Pink and Silver", "Flowy Emerald and Silky Black",
// "aloe, bay, obsidian and porcelain". A list counts when it stands beside a colour word ("colours",
// "comes in") and most of its items name a colour; items the lexicon does not know ride along.
import type { Component } from '../component.js';
import type { Span } from '../doc.js';
import { COLOR_WORDS } from '../lexicon/colors.js';
import { stripTrailing } from '../util/text.js';
import type { ValueSpan } from './regex-parser.js';

const COLORS = new Set(COLOR_WORDS);
const CONTEXT =
  /colou?rs?|colorways?|colourways?|finish(?:es)?|shades?|hues?|paint|comes?\sin|available\sin|offered\sin|dressed\sin|options/i;
const SEPARATOR = /,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s|\//g;
const STOP = new Set([
  'in',
  'the',
  'a',
  'an',
  'of',
  'with',
  'and',
  'or',
  'comes',
  'come',
  'available',
  'offered',
  'colours',
  'colors',
  'colour',
  'color',
  'colorways',
  'colourways',
  'finishes',
  'finish',
  'shades',
  'options',
  'for',
  'at',
  'is',
  'are',
  'be',
  'will',
  'three',
  'four',
  'two',
  'five',
  'six',
  'new',
  'different',
  'including',
  'as',
  'such',
  'like',
  'only',
  'also',
  'both',
  'either',
  'to',
  'from',
  'on',
  'by',
  'it',
  'its',
  'their',
  'model',
  'version',
  'versions',
  'variant',
  'variants',
]);
const WORD = /^[A-Za-z()][A-Za-z()'-]*$/;

interface Item {
  start: number;
  end: number;
  text: string;
}

/** The words of a list item that can be part of a colour name: at most three, no function words. */
function trimItem(text: string, offset: number, keepEnd: boolean): Item | null {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({
    w: stripTrailing(m[0], '.;:!?'),
    at: offset + (m.index ?? 0),
    /** Punctuation ended the word: a clause boundary the item does not cross. */
    closes: stripTrailing(m[0], '.;:!?') !== m[0],
  }));
  const ok = (w: string) => WORD.test(w) && !STOP.has(w.toLowerCase());
  const picked: typeof words = [];
  if (keepEnd) {
    for (let k = words.length - 1; k >= 0 && picked.length < 3 && ok(words[k]!.w); k--) {
      if (words[k]!.closes && picked.length > 0) break;
      picked.unshift(words[k]!);
    }
  } else {
    for (let k = 0; k < words.length && picked.length < 3 && ok(words[k]!.w); k++) {
      picked.push(words[k]!);
      if (words[k]!.closes) break;
    }
  }
  if (picked.length === 0) return null;
  const first = picked[0]!;
  const last = picked[picked.length - 1]!;
  return { start: first.at, end: last.at + last.w.length, text: picked.map((p) => p.w).join(' ') };
}

function namesColor(item: Item): boolean {
  return item.text
    .toLowerCase()
    .split(/[\s()]+/)
    .some((w) => COLORS.has(w));
}

export const colors: Component = {
  name: 'colors',
  kind: 'parser',
  requires: ['sentence'],
  assigns: ['spec'],
  run(doc) {
    for (const s of doc.layer('sentence')) {
      const text = doc.slice(s);
      if (!CONTEXT.test(text)) continue;
      const pieces: { text: string; at: number }[] = [];
      let last = 0;
      for (const m of text.matchAll(SEPARATOR)) {
        pieces.push({ text: text.slice(last, m.index), at: last });
        last = (m.index ?? 0) + m[0].length;
      }
      pieces.push({ text: text.slice(last), at: last });
      // Each run of short pieces between separators is a candidate list.
      let k = 0;
      while (k < pieces.length - 1) {
        const items: Item[] = [];
        const head = trimItem(pieces[k]!.text, s.start + pieces[k]!.at, true);
        if (!head) {
          k++;
          continue;
        }
        items.push(head);
        let n = k + 1;
        while (n < pieces.length) {
          const piece = pieces[n]!;
          const words = piece.text.trim().split(/\s+/);
          const middle = words.length <= 3 && words.every((w) => WORD.test(w) && !STOP.has(w.toLowerCase()));
          const item = trimItem(piece.text, s.start + piece.at, false);
          if (!item) break;
          // The last item must name a colour itself ("…, and says" is the sentence going on).
          if (!middle && !namesColor(item)) break;
          items.push(item);
          n++;
          if (!middle) break;
        }
        const colorful = items.filter(namesColor).length;
        // Most items name a colour, or the finishes have marketing names ("Breathing Crystal, Aurora
        // and Black"): capitalised, at least one a colour.
        const marketed = colorful >= 1 && items.every((i) => /^[A-Z(]/.test(i.text));
        if (items.length >= 2 && (marketed || colorful >= Math.max(1, Math.ceil(items.length / 2)))) {
          const first = items[0]!;
          const lastItem = items[items.length - 1]!;
          const span: Span<ValueSpan> = {
            start: first.start,
            end: lastItem.end,
            label: 'colors',
            value: { attribute: 'colors', value: items.map((i) => i.text.toLowerCase()) },
            by: ['parsers/colors'],
          };
          doc.add('spec', span);
        }
        k = Math.max(n, k + 1);
      }
    }
  },
};
