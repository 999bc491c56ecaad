// What a pipeline component is (chrono's parsers and refiners, with spaCy's requires/assigns).
import type { Doc, LayerName, Span } from './doc.js';

export interface Context {
  /** Lazy trace: the message is only built when someone listens (--debug, a failing test). */
  debug(message: () => string): void;
}

export interface Component {
  name: string;
  kind: 'parser' | 'refiner';
  requires: readonly LayerName[];
  assigns: readonly LayerName[];
  run(doc: Doc, ctx: Context): void;
}

/** A refiner that keeps the spans of a layer for which `isValid` holds. */
export function filterRefiner<V>(
  name: string,
  layer: LayerName,
  requires: readonly LayerName[],
  isValid: (span: Span<V>, doc: Doc) => boolean,
): Component {
  return {
    name,
    kind: 'refiner',
    requires: [layer, ...requires],
    assigns: [layer],
    run(doc, ctx) {
      const kept = doc.layer<V>(layer).filter((span) => {
        const ok = isValid(span, doc);
        if (!ok) ctx.debug(() => `${name} dropped ${span.label} «${doc.slice(span)}»`);
        return ok;
      });
      doc.setLayer(layer, kept);
    },
  };
}

/** A refiner that merges neighbouring spans of a layer when `shouldMerge` says so, given the text between them. */
export function mergeAdjacentRefiner<V>(
  name: string,
  layer: LayerName,
  shouldMerge: (a: Span<V>, b: Span<V>, textBetween: string, doc: Doc) => boolean,
  merge: (a: Span<V>, b: Span<V>, doc: Doc) => Span<V>,
): Component {
  return {
    name,
    kind: 'refiner',
    requires: [layer],
    assigns: [layer],
    run(doc, ctx) {
      const spans = [...doc.layer<V>(layer)].sort((a, b) => a.start - b.start);
      const out: Span<V>[] = [];
      for (const span of spans) {
        const prev = out[out.length - 1];
        if (prev && prev.end <= span.start && shouldMerge(prev, span, doc.text.slice(prev.end, span.start), doc)) {
          const merged = merge(prev, span, doc);
          merged.by = [...new Set([...prev.by, ...span.by, `refiners/${name}`])];
          ctx.debug(() => `${name} merged «${doc.slice(prev)}» + «${doc.slice(span)}»`);
          out[out.length - 1] = merged;
        } else {
          out.push(span);
        }
      }
      doc.setLayer(layer, out);
    },
  };
}
