// Observable Plot draws on a DOM; on the server linkedom supplies one. The SVG Plot returns is trusted
// markup (Plot builds it through DOM calls, and the serializer escapes text), so it is the one place
// SafeHtml is made from a string that did not come from the `html` template.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { SafeHtml } from '../html.js';

export { Plot };

/** The few DOM members used here (the project compiles without the DOM library). */
interface RenderedElement {
  outerHTML: string;
  setAttribute(name: string, value: string): void;
  querySelectorAll(selector: string): Iterable<{ remove(): void }>;
}

export type PlotOptions = Omit<Plot.PlotOptions, 'document'>;

export function renderPlot(options: PlotOptions): SafeHtml {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const element = Plot.plot({ ...options, document } as Plot.PlotOptions) as unknown as RenderedElement;
  // Plot adds an inline <style>; the site stylesheet carries the same rules, so the page's
  // Content-Security-Policy can forbid inline styles.
  for (const style of [...element.querySelectorAll('style')]) style.remove();
  element.setAttribute('class', 'chart');
  return new SafeHtml(element.outerHTML);
}
