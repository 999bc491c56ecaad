// A tiny reader for the `key: value` front matter articles carry; a YAML library would accept far more than we trust.

export type FrontMatterValue = string | string[];

export interface FrontMatter {
  fields: Record<string, FrontMatterValue>;
  /** The document after the closing `---` line. */
  body: string;
}

const KEY_LINE = /^([A-Za-z_][\w-]{0,63})\s{0,8}:(.*)$/;
const LIST_ITEM = /^\s{0,16}-\s(.*)$/;

function unquote(raw: string): string {
  const value = raw.trim();
  const first = value[0];
  if (value.length >= 2 && (first === '"' || first === "'") && value.endsWith(first)) {
    return value.slice(1, -1);
  }
  // An unquoted YAML value ends at a comment.
  const comment = value.indexOf(' #');
  return comment >= 0 ? value.slice(0, comment).trim() : value;
}

function parseValue(raw: string): FrontMatterValue {
  const value = raw.trim();
  if (value.startsWith('[') && value.endsWith(']')) {
    return value
      .slice(1, -1)
      .split(',')
      .map(unquote)
      .filter((item) => item !== '');
  }
  return unquote(value);
}

// The closing fence is a line of exactly `---`; `----` or `--- x` are content.
function closingIndex(text: string): number {
  let at = text.indexOf('\n---', 3);
  while (at >= 0) {
    const after = text[at + 4];
    if (after === undefined || after === '\n') return at;
    at = text.indexOf('\n---', at + 4);
  }
  return -1;
}

/** Splits off front matter when the text opens with `---`; otherwise returns no fields and the text unchanged. */
export function readFrontMatter(text: string): FrontMatter {
  if (!text.startsWith('---\n')) return { fields: {}, body: text };
  const close = closingIndex(text);
  if (close < 0) return { fields: {}, body: text };
  const fields: Record<string, FrontMatterValue> = {};
  let listKey: string | null = null;
  for (const line of text.slice(4, close).split('\n')) {
    const item = listKey ? LIST_ITEM.exec(line) : null;
    if (listKey && item) {
      const list = fields[listKey];
      const value = unquote(item[1] ?? '');
      if (Array.isArray(list) && value !== '') list.push(value);
      continue;
    }
    const match = KEY_LINE.exec(line);
    if (!match) continue;
    const key = (match[1] ?? '').toLowerCase();
    const raw = match[2] ?? '';
    // `key:` with nothing after it opens a block list of `- item` lines.
    listKey = raw.trim() === '' ? key : null;
    fields[key] = listKey ? [] : parseValue(raw);
  }
  const bodyStart = close + 4 < text.length ? close + 5 : text.length;
  return { fields, body: text.slice(bodyStart) };
}
