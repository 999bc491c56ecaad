// One stored article: its text with every claim highlighted, and the claims listed below it.
import type { StoredArticle, StoredClaim } from '../../ledger/index.js';
import { attributeLabel, formatValue } from '../format.js';
import { externalUrl, html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { devicePath } from '../links.js';
import { highlightedText } from './highlight.js';
import { certaintyBadge, dataTable } from './parts.js';

export function claimTip(
  claim: Pick<StoredClaim, 'deviceName' | 'attribute' | 'value' | 'qualifier' | 'certainty' | 'source' | 'evidence'>,
): SafeHtml {
  return html`<strong>${claim.deviceName}</strong
    ><br />${attributeLabel(claim.attribute)}${claim.qualifier ? ` (${claim.qualifier})` : ''}:
    ${formatValue(claim.attribute, claim.value)}<br />${certaintyBadge(claim.certainty)}
    ${claim.source ? `source: ${claim.source}` : 'unnamed source'}${claim.evidence ? ` · evidence: ${claim.evidence.replace(/_/g, ' ')}` : ''}`;
}

export function articleView(article: StoredArticle): SafeHtml {
  const title = article.title ?? `Article ${article.id}`;
  const link = externalUrl(article.url);
  const rows = article.claims.map(
    (c) =>
      html`<tr>
        <td><a href="#claim-${c.id}">${c.quote}</a></td>
        <td><a href="${devicePath(c.deviceName)}">${c.deviceName}</a></td>
        <td>${attributeLabel(c.attribute)}${c.qualifier ? ` (${c.qualifier})` : ''}</td>
        <td>${formatValue(c.attribute, c.value)}</td>
        <td>${certaintyBadge(c.certainty)}</td>
        <td>${c.source ?? html`<span class="muted">unnamed</span>`}</td>
      </tr>`,
  );
  return page(
    { title },
    html`<h1>${title}</h1>
      <p class="lede">
        ${article.publisher ?? 'Unknown publisher'}${article.published ? ` · ${article.published}` : ''}${
          link ? html` · <a href="${link}" rel="noopener noreferrer nofollow">original</a>` : ''
        }
        · ${article.claims.length} ${article.claims.length === 1 ? 'claim' : 'claims'}
      </p>
      <p class="muted">
        Highlighted passages are claims: hover one, or move to it with the Tab key, to see what it says.
      </p>
      ${highlightedText(
        article.text,
        article.claims.map((c) => ({
          span: c.span,
          anchor: `claim-${c.id}`,
          tip: claimTip(c),
          kind: `certainty-${c.certainty}`,
        })),
      )}
      <section aria-labelledby="claims">
        <h2 id="claims">Claims in this article</h2>
        ${
          article.claims.length === 0
            ? html`<p class="muted">No claims were found in this article.</p>`
            : dataTable(null, ['Quote', 'Device', 'Attribute', 'Value', 'Certainty', 'Source'], rows)
        }
      </section>`,
  );
}
