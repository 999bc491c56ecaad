// Error pages: what went wrong, in words, with a way back.
import { html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';

export function errorView(status: number, title: string, message: string): SafeHtml {
  return page(
    { title },
    html`<h1>${title}</h1>
      <p class="error" role="alert">${message}</p>
      <p><a href="/">Back to the home page</a> · <a href="/devices">All devices</a></p>
      <p class="muted">HTTP ${status}</p>`,
  );
}
