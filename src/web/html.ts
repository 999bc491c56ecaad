// The one way pages are written: a tagged template that escapes every interpolated value unless it is
// already SafeHtml. Article text, quotes, names and sources are untrusted, so nothing reaches a page as
// markup except what this module or the chart renderer built.
import { escapeHtml } from '../core/escape-html.js';

export { escapeHtml };

/** Markup that is safe to insert as is: built by `html` (values escaped) or by the chart renderer. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  // false and nullish render nothing, so `${cond && html`...`}` reads naturally.
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** `html\`<p>${text}</p>\``: every interpolation is escaped; nested `html` results and arrays of them are kept. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] as string;
  for (let i = 0; i < values.length; i++) out += render(values[i] as HtmlValue) + (strings[i + 1] as string);
  return new SafeHtml(out);
}

/** Joins fragments with a separator (both escaped unless SafeHtml). */
export function join(items: readonly HtmlValue[], separator: HtmlValue = ''): SafeHtml {
  return new SafeHtml(items.map(render).join(render(separator)));
}

/**
 * An outside link target, or null: only http(s) URLs may become an href, so a stored `javascript:` or
 * `data:` URL from an article never turns into a clickable script.
 */
export function externalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
