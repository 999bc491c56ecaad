// Inline Markdown → plain words: links keep their text, images go, emphasis and code marks go.
// A scanner rather than a regex for links, so that `[[[[` input stays linear.

const MAX_LINK_LENGTH = 2000;

interface LinkMatch {
  text: string;
  end: number;
}

/** At `[` (index of the bracket): `[text](url)` or `[text][ref]`, searched only within this line. */
function matchLink(line: string, open: number): LinkMatch | null {
  const limit = Math.min(line.length, open + MAX_LINK_LENGTH);
  const close = line.indexOf(']', open + 1);
  if (close < 0 || close >= limit) return null;
  const opener = line[close + 1];
  const closer = opener === '(' ? ')' : opener === '[' ? ']' : null;
  if (!closer) return null;
  const end = line.indexOf(closer, close + 2);
  if (end < 0 || end >= limit) return null;
  return { text: line.slice(open + 1, close), end: end + 1 };
}

function replaceLinks(line: string): string {
  if (!line.includes('](') && !line.includes('][')) return line;
  let out = '';
  let i = 0;
  while (i < line.length) {
    const char = line[i];
    const isImage = char === '!' && line[i + 1] === '[';
    const open = isImage ? i + 1 : char === '[' ? i : -1;
    const link = open >= 0 ? matchLink(line, open) : null;
    if (link) {
      out += isImage ? '' : link.text;
      i = link.end;
    } else {
      out += char;
      i++;
    }
  }
  return out;
}

// Underscores mark emphasis only at a word's edge; inside snake_case they are content.
const LEADING_UNDERSCORES = /(^|[^A-Za-z0-9_])_{1,3}(?=[^\s_])/g;
const TRAILING_UNDERSCORES = /([^\s_])_{1,3}(?=[^A-Za-z0-9_]|$)/g;
const ASTERISKS = /\*{1,3}/g;
const BACKTICKS = /`{1,3}/g;
const INLINE_TAGS = /<\/?(?:b|i|em|strong|u|s|sup|sub|span|kbd|mark|small|br)\b[^<>\n]{0,200}>/gi;

export function inlineToText(line: string): string {
  return replaceLinks(line)
    .replace(INLINE_TAGS, '')
    .replace(ASTERISKS, '')
    .replace(BACKTICKS, '')
    .replace(LEADING_UNDERSCORES, '$1')
    .replace(TRAILING_UNDERSCORES, '$1');
}
