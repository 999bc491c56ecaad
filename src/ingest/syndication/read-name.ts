// Reading the name beside a credit phrase, word by word (one big pattern would backtrack and be
// unreadable). A name here is a run of capitalised words, camel-cased words ("iMore",
// "9to5Google") or a domain, joined only by "of", "de", "&" and the like; it ends at punctuation,
// a line break or a lower-case word.

export interface NameWord {
  /** The word without surrounding brackets, quotes, emphasis marks or a possessive "'s". */
  text: string;
  /** It carried "'s": whatever follows belongs to it ("Bloomberg's Mark Gurman"). */
  possessive: boolean;
}

/** Words that may join a name: "Tap & Swipe", "Dana Whitlock of The Wire Desk". */
const JOINERS = new Set(['of', 'de', 'la', 'du', 'der', 'des', '&']);
/** Words that separate two credited names: "via 9to5Google and The Verge", "XDA Developers via Xperia Blog". */
const SEPARATORS = new Set(['and', 'via', 'Via']);
const MAX_WORDS = 6;

const OPENERS = /^[([{"“‘'*_]+/;
const CLOSERS = new Set([...')]}"”’\'*_.,;:!?']);
const QUOTES = new Set([...'"”’\'*_']);
const POSSESSIVE = /['’]s$/;
/** Capitalised, a digit first ("9to5Google", "91mobiles"), camel case ("iMore", "ePrice"), or a domain. */
const NAME_WORD =
  /^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’&.+-]*|\p{Ll}{1,3}\p{Lu}[\p{L}\p{N}&.-]*|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|co|io|de|fr|it|es|in|jp|kr|cn|tw|hk|nl|pl|ru|uk|tech|news|blog|info|me|tv))$/u;
const WORD = /[^\s]+/y;
const SPACE = /[^\S\r\n]*/y;

interface Raw {
  core: string;
  possessive: boolean;
  /** Punctuation after it (other than quotes) ends the clause: "WinFuture, the …". */
  closed: string;
  opened: boolean;
}

function clean(token: string): Raw | null {
  let t = token;
  const open = OPENERS.exec(t);
  if (open) t = t.slice(open[0].length);
  // "[9to5Google](https://…)": a Markdown link's text only.
  const link = t.indexOf('](');
  if (link >= 0) t = t.slice(0, link);
  // Trailing punctuation, by hand: a `[…]+$` pattern retries from every position (quadratic).
  let end = t.length;
  while (end > 0 && CLOSERS.has(t[end - 1]!)) end--;
  let closed = '';
  for (const c of t.slice(end)) if (!QUOTES.has(c)) closed += c;
  t = t.slice(0, end);
  if (link >= 0) closed ||= ')';
  const possessive = POSSESSIVE.test(t);
  if (possessive) t = t.slice(0, -2);
  if (t === '') return null;
  return { core: t, possessive, closed, opened: open !== null };
}

/**
 * The names that start at `pos`, on the same line. With `list`, commas separate further names
 * ("Source: GSMArena, 91mobiles"); otherwise a comma ends the reading ("according to X, the …").
 * Leading lower-case "the" is skipped; "The" is kept when a name word follows it.
 */
export function readNamesAfter(text: string, pos: number, list: boolean): NameWord[][] {
  const names: NameWord[][] = [];
  let current: NameWord[] = [];
  const flush = () => {
    while (current.length > 0 && JOINERS.has(current[current.length - 1]!.text)) current.pop();
    if (current.length === 1 && current[0]!.text === 'The') current = [];
    if (current.length > 0) names.push(current);
    current = [];
  };
  let at = pos;
  for (let count = 0; count < 24; count++) {
    SPACE.lastIndex = at;
    SPACE.exec(text);
    WORD.lastIndex = SPACE.lastIndex;
    const m = WORD.exec(text);
    if (!m) break;
    at = WORD.lastIndex;
    const raw = clean(m[0]);
    if (!raw) break;
    if (raw.opened && current.length > 0) break;
    const word = raw.core;
    if (SEPARATORS.has(word)) {
      flush();
    } else if (current.length === 0 && word === 'the') {
      // "according to the Verge": the article is not part of the name.
    } else if (current.length > 0 && JOINERS.has(word)) {
      current.push({ text: word, possessive: false });
    } else if (NAME_WORD.test(word) && current.length < MAX_WORDS) {
      current.push({ text: word, possessive: raw.possessive });
    } else break;
    if (raw.closed) {
      if (!(list && raw.closed === ',')) break;
      flush();
    }
  }
  flush();
  return names;
}

export interface NameBefore {
  words: NameWord[];
  /** Where the first word (with any opening bracket) starts in the text. */
  start: number;
}

/**
 * The name that ends just before `end` (where the credit phrase starts), on the same line and in
 * the same clause: "As 9to5Google first reported" reads "As 9to5Google"; the caller drops "As".
 */
export function readNameBefore(text: string, end: number): NameBefore {
  const from = Math.max(0, end - 160);
  const window = text.slice(from, end);
  const lineStart = window.lastIndexOf('\n') + 1;
  const tokens = [...window.slice(lineStart).matchAll(/\S+/g)];
  const words: NameWord[] = [];
  let start = end;
  // The window may start mid-word; its first token is then never read.
  const first = from === 0 || lineStart > 0 ? 0 : 1;
  for (let i = tokens.length - 1; i >= first && words.length < MAX_WORDS; i--) {
    const token = tokens[i]!;
    const raw = clean(token[0]);
    if (!raw || raw.closed) break;
    if (JOINERS.has(raw.core) && words.length > 0) words.unshift({ text: raw.core, possessive: false });
    else if (NAME_WORD.test(raw.core)) words.unshift({ text: raw.core, possessive: raw.possessive });
    else break;
    start = from + lineStart + token.index;
    if (raw.opened || raw.core === 'The') break;
  }
  while (words.length > 0 && JOINERS.has(words[0]!.text)) words.shift();
  return { words, start };
}
