// Word tokens with their offsets: the unit the device-name and source parsers walk over.
export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[A-Za-z0-9@][A-Za-z0-9+@_]*(?:[-'’][A-Za-z0-9+]+)*/g;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN.source, 'g');
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Strip a possessive "'s" from a token's text. */
export function bare(token: Token): string {
  const t = token.text;
  return t.endsWith("'s") || t.endsWith('’s') ? t.slice(0, -2) : t;
}
