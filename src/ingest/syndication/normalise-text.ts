// The one normal form both the content hash and the shingles read, so that copies which differ only
// in how they were encoded (case, accents, ligatures, curly quotes, soft hyphens, spacing, markup
// punctuation, "5,000" against "5000") come out as the same words.

/** Combining marks go (after NFKD) so that a feed that transliterated "é" to "e" still matches.
 * Format characters go too: soft hyphens and zero-width spaces sit inside words, so they must not split one. */
const MARKS_AND_FORMAT = /[\p{M}\p{Cf}]/gu;
/** The letters where full case folding differs from toLowerCase() in text we will meet. */
const UNFOLDED = /[ßς]/g;
/** Thousands separators and decimal points differ between copies ("5,000", "5.000", "5000"). */
const DIGIT_SEPARATOR = /(\d)[.,](?=\d)/g;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

function fold(c: string): string {
  return c === 'ß' ? 'ss' : 'σ';
}

/**
 * Case, compatibility forms and accents folded; punctuation still in place (words are found by
 * `wordBounds`). NFKD-then-drop-marks is coarser than NFKC: two NFKC-equal texts fold the same.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(MARKS_AND_FORMAT, '')
    .replace(UNFOLDED, fold)
    .replace(DIGIT_SEPARATOR, '$1');
}

// Asking a regex about every character costs more than the hashing it feeds, so each BMP code unit
// is asked once per process and remembered: 0 not yet asked, 1 a letter or digit, 2 anything else.
const bmpClass = new Uint8Array(0x10000);

function isWordUnit(code: number): boolean {
  let c = bmpClass[code]!;
  if (c === 0) {
    // A surrogate alone is not a word character; pairs are looked at in `wordCharWidth`.
    c = code >= 0xd800 && code <= 0xdfff ? 2 : WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    bmpClass[code] = c;
  }
  return c === 1;
}

function isWordPair(folded: string, at: number): boolean {
  const low = folded.charCodeAt(at + 1);
  return low >= 0xdc00 && low <= 0xdfff && WORD_CHAR.test(folded.slice(at, at + 2));
}

/** How many code units the letter or digit at `at` takes (1, or 2 for a surrogate pair); 0 if it is neither. */
export function wordCharWidth(folded: string, at: number): number {
  const code = folded.charCodeAt(at);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) return isWordPair(folded, at) ? 2 : 0;
  return isWordUnit(code) ? 1 : 0;
}

/** Each word of folded text as a start and an end offset: [s0, e0, s1, e1, ...]. A word is a run of letters and digits. */
export function wordBounds(folded: string): Int32Array {
  const bounds = new Int32Array(folded.length + 1);
  let n = 0;
  let start = -1;
  for (let i = 0; i < folded.length;) {
    const width = wordCharWidth(folded, i);
    if (width > 0 && start < 0) start = i;
    else if (width === 0 && start >= 0) {
      bounds[n++] = start;
      bounds[n++] = i;
      start = -1;
    }
    i += width || 1;
  }
  if (start >= 0) {
    bounds[n++] = start;
    bounds[n++] = folded.length;
  }
  return bounds.slice(0, n);
}

/** Lower-case words separated by single spaces: the text as `contentHash` sees it. */
export function normaliseText(text: string): string {
  const folded = foldText(text);
  const bounds = wordBounds(folded);
  const words: string[] = [];
  for (let i = 0; i < bounds.length; i += 2) words.push(folded.slice(bounds[i], bounds[i + 1]));
  return words.join(' ');
}
