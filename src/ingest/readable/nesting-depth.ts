// A linear scan of the raw markup for how deep its elements nest, run before any parser sees it:
// DOM building slows down quadratically on very deep trees (100,000 nested tags: seconds; a 5 MB file: minutes).
// The count is approximate (no attribute quoting, no adoption agency), which is enough to tell junk from articles.

// Elements that never hold children, or that the parser closes by itself when a sibling starts.
const NOT_COUNTED = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'rb',
  'rt',
  'rp',
  'tbody',
  'thead',
  'tfoot',
  'colgroup',
  'caption',
  'html',
  'head',
  'body',
]);
// Elements whose content is raw text: a `<` inside them is not a tag.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

function isNameChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45 || code === 58;
}

function nameAt(lower: string, start: number): string {
  let end = start;
  while (end < lower.length && isNameChar(lower.charCodeAt(end))) end++;
  return lower.slice(start, end);
}

/** True as soon as the markup nests deeper than `limit`. */
export function nestsDeeperThan(html: string, limit: number): boolean {
  const lower = html.toLowerCase();
  let depth = 0;
  let at = lower.indexOf('<');
  while (at >= 0) {
    if (lower.startsWith('<!--', at)) {
      const close = lower.indexOf('-->', at + 4);
      if (close < 0) return false;
      at = lower.indexOf('<', close + 3);
      continue;
    }
    const closing = lower[at + 1] === '/';
    const name = nameAt(lower, at + (closing ? 2 : 1));
    const end = lower.indexOf('>', at + 1);
    if (end < 0) return false;
    let next = end + 1;
    if (name !== '' && !NOT_COUNTED.has(name)) {
      if (closing) depth = Math.max(0, depth - 1);
      else if (RAW_TEXT.has(name)) {
        const rawEnd = lower.indexOf(`</${name}`, next);
        if (rawEnd < 0) return false;
        next = rawEnd;
      } else if (lower[end - 1] !== '/' && ++depth > limit) return true;
    }
    at = lower.indexOf('<', next);
  }
  return false;
}
