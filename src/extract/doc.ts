// The one object every extraction component reads and annotates (spaCy's Doc): the text never
// changes, components add spans to named layers, offsets are UTF-16 indexes into `text`.
import type { IsoDate } from '../core/types.js';

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

  layer<V = unknown>(name: LayerName): Span<V>[] {
    let spans = this.layers.get(name);
    if (!spans) {
      spans = [];
      this.layers.set(name, spans);
    }
    return spans as Span<V>[];
  }

  /** Replace a layer's spans, kept in document order. */
  setLayer<V>(name: LayerName, spans: Span<V>[]): void {
    this.layers.set(
      name,
      [...spans].sort((a, b) => a.start - b.start || b.end - a.end),
    );
  }

  add<V>(name: LayerName, span: Span<V>): void {
    this.layer<V>(name).push(span);
  }

  slice(span: { start: number; end: number }): string {
    return this.text.slice(span.start, span.end);
  }
}
