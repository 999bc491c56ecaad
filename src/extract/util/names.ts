// Reading a proper name (a source's) next to a credit phrase, word by word instead of with one large
// pattern: a name is one to four capitalised words ("IT Home", "Ice Universe", "@evleaks",
// "9to5Google"), optionally joined by "of"/"de"/"la" once.
import { isWhiteSpace } from './text.js';

// Capitalised words, @handles, "9to5Google", and camel-cased names that start low ("ePrice", "iMore").
const NAME_WORD = /^(?:@\w{2,20}|[A-Z][\w&.'’-]{0,24}|\d{1,3}[A-Za-z][\w-]{0,20}|[a-z][A-Z][\w&.'’-]{0,23})$/;
const JOINERS = new Set(['of', 'de', 'la']);
const MAX_WORDS = 4;

export interface FoundName {
  name: string;
  start: number;
  end: number;
}

interface Word {
  w: string;
  start: number;
  end: number;
}

/** White space as `\s` reads it, or , ; : ! ? ( ) " “ ” [ ]: what ends a word (a test per character, no pattern). */
function isBreak(c: number): boolean {
  switch (c) {
    case 44: // ,
    case 59: // ;
    case 58: // :
    case 33: // !
    case 63: // ?
    case 40: // (
    case 41: // )
    case 34: // "
    case 0x201c: // “
    case 0x201d: // ”
    case 91: // [
    case 93: // ]
      return true;
  }
  return isWhiteSpace(c);
}

/** Words separated by single spaces, starting at `pos`, stopping at other punctuation (except a trailing "'s"). */
function wordsAfter(text: string, pos: number, max: number): Word[] {
  const out: Word[] = [];
  let k = pos;
  while (out.length < max && k < text.length) {
    let e = k;
    while (e < text.length && !isBreak(text.charCodeAt(e))) e++;
    if (e === k) break;
    let word = text.slice(k, e);
    // A sentence-final period is not part of the name.
    while (word.endsWith('.') && !/^[A-Z](\.[A-Z])*\.$/.test(word)) word = word.slice(0, -1);
    out.push({ w: word, start: k, end: k + word.length });
    if (word.length < e - k || text[e] !== ' ') break;
    k = e + 1;
  }
  return out;
}

/** Words separated by single spaces that end at `end` (the index just after the last one). */
function wordsBefore(text: string, end: number, max: number): Word[] {
  const out: Word[] = [];
  let k = end;
  while (out.length < max && k > 0) {
    let s = k;
    while (s > 0 && !isBreak(text.charCodeAt(s - 1))) s--;
    if (s === k) break;
    const word = text.slice(s, k);
    // A word ending in a full stop closes the sentence before the name ("…Arm CPU. Tipster X").
    if (out.length > 0 && word.endsWith('.') && !/^(?:[A-Z]\.)+$/.test(word)) break;
    out.unshift({ w: word, start: s, end: k });
    if (text[s - 1] !== ' ') break;
    k = s - 1;
  }
  return out;
}

function toName(words: Word[]): FoundName | null {
  if (words.length === 0) return null;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return { name: words.map((w) => w.w).join(' '), start: first.start, end: last.end };
}

/** The name that starts at `pos`. */
export function readNameAfter(text: string, pos: number): FoundName | null {
  const picked: Word[] = [];
  let joined = false;
  for (const word of wordsAfter(text, pos, MAX_WORDS + 1)) {
    if (NAME_WORD.test(word.w)) picked.push(word);
    else if (!joined && picked.length > 0 && JOINERS.has(word.w)) {
      picked.push(word);
      joined = true;
    } else break;
    if (picked.length === MAX_WORDS) break;
  }
  while (picked.length > 0 && JOINERS.has(picked[picked.length - 1]!.w)) picked.pop();
  return toName(picked);
}

/** The name that ends at `end` (the index just after its last character). */
export function readNameBefore(text: string, end: number): FoundName | null {
  const words = wordsBefore(text, end, MAX_WORDS * 2);
  const picked: Word[] = [];
  let joined = false;
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k]!;
    if (NAME_WORD.test(word.w)) picked.unshift(word);
    else if (!joined && picked.length > 0 && JOINERS.has(word.w) && k > 0) {
      picked.unshift(word);
      joined = true;
    } else break;
    if (picked.length >= MAX_WORDS * 2 - 1) break;
  }
  while (picked.length > 0 && JOINERS.has(picked[0]!.w)) picked.shift();
  return toName(picked);
}
