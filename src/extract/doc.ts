// The one object every extraction component reads and annotates (spaCy's Doc): the text never
// changes, components add spans to named layers, offsets are UTF-16 indexes into `text`.
import type { IsoDate } from '../core/types.js';
import { firstStartingAt, indexContaining } from './util/spans.js';
import { tokenize, type Token } from './util/tokens.js';

export const LAYERS = [
  'sentence',
  'paragraph',
  'device',
  'price',
  'date',
  'spec',
  'source',
  'hedge',
  'evidence',
  'via',
  'claim',
] as const;
export type LayerName = (typeof LAYERS)[number];

export interface Span<V = unknown> {
  start: number;
  end: number;
  label: string;
  value?: V;
  /** The parser that made the span, then each refiner that changed it. */
  by: string[];
}

export interface DocMeta {
  title: string | null;
  publisher: string | null;
  authors: string[];
}

function sameLengthLower(text: string): string {
  let lower = text.toLowerCase();
  // A few characters lower-case to two code units ("İ"); keep those as they are.
  if (lower.length !== text.length) {
    lower = Array.from(text, (ch) => {
      const l = ch.toLowerCase();
      return l.length === ch.length ? l : ch;
    }).join('');
  }
  return lower.replaceAll('’', "'");
}

function byPosition(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

export class Doc {
  readonly text: string;
  readonly published: IsoDate | null;
  readonly meta: DocMeta;
  private readonly layers = new Map<LayerName, Span[]>();
  /** Facts about the whole article that refiners share (the device in focus, the article's mode). */
  readonly facts: Record<string, unknown> = {};

  constructor(text: string, published: IsoDate | null, meta: DocMeta) {
    this.text = text;
    this.published = published;
    this.meta = meta;
  }

  private readonly unsorted = new Set<LayerName>();

  /** A layer's spans in document order (by start, longer first). */
  layer<V = unknown>(name: LayerName): Span<V>[] {
    let spans = this.layers.get(name);
    if (!spans) {
      spans = [];
      this.layers.set(name, spans);
    }
    if (this.unsorted.has(name)) {
      spans.sort(byPosition);
      this.unsorted.delete(name);
    }
    return spans as Span<V>[];
  }

  /** Replace a layer's spans, kept in document order. */
  setLayer<V>(name: LayerName, spans: Span<V>[]): void {
    this.layers.set(name, [...spans].sort(byPosition));
    this.unsorted.delete(name);
  }

  add<V>(name: LayerName, span: Span<V>): void {
    // Appended as found; the layer is sorted once, when it is next read.
    let spans = this.layers.get(name);
    if (!spans) {
      spans = [];
      this.layers.set(name, spans);
    }
    spans.push(span);
    this.unsorted.add(name);
  }

  /** The spans of a layer that start in [from, to), found by binary search. */
  startingIn<V = unknown>(name: LayerName, from: number, to: number): Span<V>[] {
    const spans = this.layer<V>(name);
    const out: Span<V>[] = [];
    for (let k = firstStartingAt(spans, from); k < spans.length && spans[k]!.start < to; k++) out.push(spans[k]!);
    return out;
  }

  /** The span of a layer that contains `offset` (for layers whose spans do not overlap: sentences, paragraphs). */
  spanAt<V = unknown>(name: LayerName, offset: number): Span<V> | undefined {
    const spans = this.layer<V>(name);
    const { index, exact } = indexContaining(spans, offset);
    return exact ? spans[index] : undefined;
  }

  /** The spans of a layer that overlap [from, to); `reach` bounds how long a span of the layer can be. */
  overlapping<V = unknown>(name: LayerName, from: number, to: number, reach = 256): Span<V>[] {
    const spans = this.layer<V>(name);
    const out: Span<V>[] = [];
    for (let k = firstStartingAt(spans, Math.max(0, from - reach)); k < spans.length && spans[k]!.start < to; k++)
      if (spans[k]!.end > from) out.push(spans[k]!);
    return out;
  }

  /** The spans of a layer that lie wholly inside [from, to). */
  inside<V = unknown>(name: LayerName, from: number, to: number): Span<V>[] {
    const spans = this.layer<V>(name);
    const out: Span<V>[] = [];
    for (let k = firstStartingAt(spans, from); k < spans.length && spans[k]!.start < to; k++)
      if (spans[k]!.end <= to) out.push(spans[k]!);
    return out;
  }

  private tokenCache: Token[] | null = null;
  private lowerCache: string | null = null;

  /** The text's word tokens, computed once and shared by the components that walk words. */
  tokens(): readonly Token[] {
    this.tokenCache ??= tokenize(this.text);
    return this.tokenCache;
  }

  private numberStartCache: number[] | null = null;

  /** Offsets where a digit follows a non-word character: where every number-first pattern can start. */
  numberStarts(): readonly number[] {
    if (!this.numberStartCache) {
      const out: number[] = [];
      const text = this.text;
      for (let k = 0; k < text.length; k++) {
        const c = text.charCodeAt(k);
        if (c < 48 || c > 57) continue;
        const p = k > 0 ? text.charCodeAt(k - 1) : 32;
        const word = (p >= 48 && p <= 57) || (p >= 65 && p <= 90) || (p >= 97 && p <= 122) || p === 95;
        if (!word) out.push(k);
      }
      this.numberStartCache = out;
    }
    return this.numberStartCache;
  }

  /**
   * The text in lower case with typographic apostrophes made plain, computed once. It has the same
   * length as `text`, so offsets found in it index `text` too.
   */
  lower(): string {
    this.lowerCache ??= sameLengthLower(this.text);
    return this.lowerCache;
  }

  slice(span: { start: number; end: number }): string {
    return this.text.slice(span.start, span.end);
  }
}
