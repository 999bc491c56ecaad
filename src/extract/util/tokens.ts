// Word tokens with their offsets: the unit the device-name and source parsers walk over.
export interface Token {
  text: string;
  start: number;
  end: number;
}

// A token is `[A-Za-z0-9@][A-Za-z0-9+@_]*(?:[-'’][A-Za-z0-9+]+)*`, read with character tests: the
// tokenizer runs over every article, and a pattern match per word allocates a match array each time.
function isStart(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 64; // 0-9 A-Z a-z @
}

function isInner(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43; // 0-9 A-Z a-z +
}

function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019; // - ' ’
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let k = from;
  while (k < n && k < to) {
    if (!isStart(text.charCodeAt(k))) {
      k++;
      continue;
    }
    const start = k++;
    for (let c = text.charCodeAt(k); k < n && (isInner(c) || c === 64 || c === 95); c = text.charCodeAt(++k));
    while (k + 1 < n && isJoiner(text.charCodeAt(k)) && isInner(text.charCodeAt(k + 1))) {
      k += 2;
      while (k < n && isInner(text.charCodeAt(k))) k++;
    }
    out.push({ text: text.slice(start, k), start, end: k });
  }
  return out;
}

/** Strip a possessive "'s" from a token's text. */
export function bare(token: Token): string {
  const t = token.text;
  return t.endsWith("'s") || t.endsWith('’s') ? t.slice(0, -2) : t;
}
