// Binary searches over spans sorted by start: the look-ups every layer query is built on.
/** Anything with a [start, end) range: the spans of a Doc layer. */
interface Ranged {
  start: number;
  end: number;
}

/** Index of the first span that starts at or after `pos`. */
export function firstStartingAt(spans: readonly Ranged[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the span containing `offset` among non-overlapping spans (sentences, paragraphs); when
 * `offset` falls between spans, the index of the next one (clamped), so callers always get a span.
 */
export function indexContaining(spans: readonly Ranged[], offset: number): { index: number; exact: boolean } {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return { index: mid, exact: true };
  }
  return { index: Math.max(0, Math.min(lo, spans.length - 1)), exact: false };
}
