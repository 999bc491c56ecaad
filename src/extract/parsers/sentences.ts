// Paragraphs (blank-line or line separated) and sentences: the scopes hedges and sources reach.
import type { Component } from '../component.js';
import type { Span } from '../doc.js';
import { BRAND_LINES, BRAND_SPELLINGS } from '../lexicon/brands.js';

const LINES = new Set([...Object.values(BRAND_LINES).flat(), ...Object.values(BRAND_SPELLINGS)]);

const ABBREVIATIONS = new Set([
  'approx',
  'rs',
  'vs',
  'inc',
  'no',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'co',
  'ltd',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'est',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'corp',
  'jr',
  'sr',
]);

/** The letters-only word ending just before the space at `space`, read backwards without a regex. */
function wordBefore(text: string, space: number): string | undefined {
  if (!/\s/.test(text[space] ?? '')) return undefined;
  let k = space - 1;
  while (k >= 0 && /[A-Za-z]/.test(text[k] ?? '')) k--;
  return k < space - 1 ? text.slice(k + 1, space) : undefined;
}

function isSentenceEnd(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '!' || ch === '?') return true;
  if (ch !== '.') return false;
  // "2.3GHz", "Rs. 5" continue; "U.S." and abbreviations continue.
  let j = i - 1;
  while (j >= 0 && /[A-Za-z.]/.test(text[j] ?? '')) j--;
  const word = text.slice(j + 1, i).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  // An initial ("J. Smith") continues; "720p." ends.
  if (/^[a-z]$/.test(word) && !/\d/.test(text[j] ?? '')) {
    // "Moto G." and "Galaxy S." end a sentence: the letter is a model name, not an initial.
    const prevWord = wordBefore(text, j);
    return prevWord !== undefined && LINES.has(prevWord);
  }
  return true;
}

export const sentences: Component = {
  name: 'sentences',
  kind: 'parser',
  requires: [],
  assigns: ['sentence', 'paragraph'],
  run(doc) {
    const text = doc.text;
    const paragraphs: Span[] = [];
    const sents: Span[] = [];
    let pStart = 0;
    const lineBreak = /\n/g;
    const pushParagraph = (start: number, end: number) => {
      while (start < end && /\s/.test(text[start] ?? '')) start++;
      while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
      if (end > start) paragraphs.push({ start, end, label: 'paragraph', by: ['parsers/sentences'] });
    };
    let m: RegExpExecArray | null;
    while ((m = lineBreak.exec(text)) !== null) {
      pushParagraph(pStart, m.index);
      pStart = m.index + 1;
    }
    pushParagraph(pStart, text.length);
    for (const p of paragraphs) {
      let sStart = p.start;
      for (let i = p.start; i < p.end; i++) {
        if (!isSentenceEnd(text, i)) continue;
        let k = i + 1;
        while (k < p.end && /["'”’)\]]/.test(text[k] ?? '')) k++;
        const next = text[k];
        const after = text[k + 1];
        // A sentence ends at punctuation followed by space and a capital, digit or quote.
        const endsHere = k >= p.end || (/\s/.test(next ?? '') && /["'“‘A-Z0-9(@£$€¥]/.test(after ?? ''));
        if (!endsHere) continue;
        sents.push({ start: sStart, end: k, label: 'sentence', by: ['parsers/sentences'] });
        sStart = k;
        while (sStart < p.end && /\s/.test(text[sStart] ?? '')) sStart++;
        i = sStart - 1;
      }
      if (sStart < p.end) sents.push({ start: sStart, end: p.end, label: 'sentence', by: ['parsers/sentences'] });
    }
    doc.setLayer('paragraph', paragraphs);
    doc.setLayer('sentence', sents);
  },
};
