// The page shell every view shares: skip link, navigation, one stylesheet, and no scripts.
import { html, type HtmlValue, type SafeHtml } from './html.js';

export interface PageOptions {
  title: string;
  /** Which navigation entry is the current page. */
  section?: 'home' | 'devices' | 'compare' | 'sources' | 'check';
}

const NAV: readonly { section: NonNullable<PageOptions['section']>; href: string; label: string }[] = [
  { section: 'devices', href: '/devices', label: 'Devices' },
  { section: 'compare', href: '/compare', label: 'Compare' },
  { section: 'sources', href: '/sources', label: 'Sources' },
  { section: 'check', href: '/check', label: 'Check an article' },
];

export function page(options: PageOptions, body: HtmlValue): SafeHtml {
  const links = NAV.map(
    (item) =>
      html`<li>
        <a href="${item.href}" ${item.section === options.section ? html`aria-current="page"` : ''}>${item.label}</a>
      </li>`,
  );
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${options.title} · hearsay</title>
        <link rel="stylesheet" href="/assets/style.css" />
        <link rel="icon" href="/assets/icon.svg" type="image/svg+xml" />
      </head>
      <body>
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="site-header">
          <a class="brand" href="/" ${options.section === 'home' ? html`aria-current="page"` : ''}>hearsay</a>
          <nav aria-label="Main">
            <ul>
              ${links}
            </ul>
          </nav>
          <form class="search" action="/devices" method="get" role="search">
            <label for="device-search" class="visually-hidden">Find a device</label>
            <input id="device-search" name="q" type="search" placeholder="Find a device" />
            <button type="submit">Find</button>
          </form>
        </header>
        <main id="main" tabindex="-1">${body}</main>
        <footer class="site-footer">
          <p>hearsay keeps every claim with its source. Values are claims, not facts, until a device launches.</p>
        </footer>
      </body>
    </html> `;
}
