// Is this text a feed? A look at the first element after the prolog (BOM, XML declaration, processing
// instructions, comments, DOCTYPE), without parsing the document.

const WINDOW = 8192;
const FEED_ROOT = /^<(?:[A-Za-z_][\w.-]*:)?(?:rss|feed|rdf)[\s>/]/i;

/** Where the first element starts, or -1 when the prolog runs past the window (no feed has one that long). */
function skipProlog(head: string): number {
  let at = 0;
  for (;;) {
    while (at < head.length && /\s/.test(head[at] as string)) at++;
    let end: number;
    if (head.startsWith('<?', at)) end = endOf(head, '?>', at + 2);
    else if (head.startsWith('<!--', at)) end = endOf(head, '-->', at + 4);
    else if (/^<!doctype/i.test(head.slice(at, at + 9))) {
      // An internal subset ([…]) may hold `>` characters of its own.
      const subset = head.indexOf('[', at);
      const gt = head.indexOf('>', at);
      const close = subset >= 0 && subset < gt ? head.indexOf(']', subset) : at;
      end = close < 0 ? -1 : endOf(head, '>', close);
    } else return at;
    if (end < 0) return -1;
    at = end;
  }
}

function endOf(head: string, delimiter: string, from: number): number {
  const found = head.indexOf(delimiter, from);
  return found < 0 ? -1 : found + delimiter.length;
}

export function looksLikeFeed(text: string): boolean {
  const head = text.slice(text.charCodeAt(0) === 0xfeff ? 1 : 0, WINDOW);
  const at = skipProlog(head);
  return at >= 0 && FEED_ROOT.test(head.slice(at, at + 100));
}
