// "Check an article": the form, and the result — every claim highlighted and weighed against the ledger.
import type { ArticleCheck } from '../../app/index.js';
import type { CheckReason, CheckStatus, ClaimCheck } from '../../consensus/index.js';
import type { SourceRecord } from '../../grade/index.js';
import { attributeLabel, formatValue } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { devicePath, sourcePath } from '../links.js';
import { claimTip } from './article.js';
import { highlightedText } from './highlight.js';
import { certaintyBadge, dataTable } from './parts.js';

export interface CheckForm {
  text: string;
  url: string;
  published: string;
  publisher: string;
}

export const EMPTY_FORM: CheckForm = { text: '', url: '', published: '', publisher: '' };

const STATUS_TEXT: Readonly<Record<CheckStatus, string>> = { new: 'New', agrees: 'Agrees', conflicts: 'Conflicts' };

function reasonText(check: ClaimCheck): SafeHtml {
  const leader = check.leader;
  const attr = check.claim.attribute;
  const leading = leader ? formatValue(attr, leader.value) : '';
  const support = leader ? `${leader.stories} ${leader.stories === 1 ? 'story' : 'stories'}` : '';
  const reasons: Record<CheckReason, SafeHtml> = {
    'new-device': html`no claims about this device yet`,
    'new-attribute': html`nothing known yet about this attribute`,
    'new-currency': html`no earlier price in this currency`,
    'same-as-leader': html`repeats the leading value (${support})`,
    'agrees-with-leader': html`fits the leading value ${leading} (${support})`,
    'differs-from-leader': html`the leading value is ${leading}
    (${support})${
      check.same
        ? html`; backs a trailing value (${check.same.stories} ${check.same.stories === 1 ? 'story' : 'stories'})`
        : ''
    }`,
    'differs-from-official': html`the official value is ${leading}`,
  };
  return reasons[check.reason];
}

function statusBadge(status: CheckStatus): SafeHtml {
  return html`<span class="badge status-${status}">${STATUS_TEXT[status]}</span>`;
}

export function formSection(form: CheckForm, error: string | null): SafeHtml {
  return html`<form class="check-form" method="post" action="/check">
    ${error ? html`<p class="error" role="alert">${error}</p>` : ''}
    <label for="check-text">Article text, Markdown or HTML</label>
    <textarea id="check-text" name="text" rows="10">${form.text}</textarea>
    <p class="or">or</p>
    <label for="check-url">Address of an article</label>
    <input id="check-url" name="url" type="url" inputmode="url" placeholder="https://…" value="${form.url}" />
    <div class="form-row">
      <div>
        <label for="check-published">Published on (optional)</label>
        <input id="check-published" name="published" type="date" value="${form.published}" />
      </div>
      <div>
        <label for="check-publisher">Publisher (optional)</label>
        <input id="check-publisher" name="publisher" type="text" value="${form.publisher}" />
      </div>
    </div>
    <button type="submit">Check claims</button>
    <p class="muted">Checking stores nothing. You can store the article afterwards.</p>
  </form>`;
}

export function checkFormView(form: CheckForm, error: string | null = null): SafeHtml {
  return page(
    { title: 'Check an article', section: 'check' },
    html`<h1>Check an article</h1>
      <p class="lede">
        Paste an article or give its address to see every claim it makes and how each stands against what is already
        known.
      </p>
      ${formSection(form, error)}`,
  );
}

export interface CheckResultView {
  form: CheckForm;
  text: string;
  result: ArticleCheck;
  knownDevices: ReadonlySet<string>;
  /** A source's graded record, by the name the article gives it; null when nothing of it is graded yet. */
  recordOf: (source: string) => SourceRecord | null;
}

/** Below half right over this many graded claims, a source's record is flagged as poor. */
export const POOR_RECORD = { accuracy: 0.5, minGraded: 3 };

function sourceCell(source: string | null, view: CheckResultView): SafeHtml {
  if (source === null) return html`<span class="muted">not named</span>`;
  const record = view.recordOf(source);
  if (record === null || record.accuracy === null)
    return html`${source} <span class="muted">(no graded claims yet)</span>`;
  const poor = record.graded >= POOR_RECORD.minGraded && record.accuracy < POOR_RECORD.accuracy;
  return html`<a href="${sourcePath(record.source)}">${source}</a>
    ${poor ? html`<span class="badge record-poor">Poor record</span>` : ''}
    <span class="muted">${Math.round(record.accuracy * 100)}% right of ${record.graded} graded</span>`;
}

export function checkResultView(view: CheckResultView): SafeHtml {
  const { checks, extraction } = view.result;
  // A claim without a named source is the publication's own: its record is the one that counts.
  const creditedName = (check: ClaimCheck) => check.claim.source ?? extraction.publisher ?? null;
  const counts = { new: 0, agrees: 0, conflicts: 0 };
  for (const c of checks) counts[c.status]++;
  const rows = checks.map(
    (check, i) =>
      html`<tr class="status-row-${check.status}">
        <td><a href="#claim-${i + 1}">${check.claim.quote}</a></td>
        <td>
          ${view.knownDevices.has(check.claim.device) ? html`<a href="${devicePath(check.claim.device)}">${check.claim.device}</a>` : check.claim.device}
        </td>
        <td>${attributeLabel(check.claim.attribute)}${check.claim.qualifier ? ` (${check.claim.qualifier})` : ''}</td>
        <td>${formatValue(check.claim.attribute, check.claim.value)}</td>
        <td>${certaintyBadge(check.claim.certainty)}</td>
        <td>${sourceCell(creditedName(check), view)}</td>
        <td>${statusBadge(check.status)} <span class="muted">${reasonText(check)}</span></td>
      </tr>`,
  );
  const highlights = checks.map((check, i) => ({
    span: check.claim.span,
    anchor: `claim-${i + 1}`,
    kind: `status-${check.status}`,
    tip: html`${statusBadge(check.status)} ${claimTip({ ...check.claim, deviceName: check.claim.device })}`,
  }));
  const { form } = view;
  return page(
    { title: 'Check an article', section: 'check' },
    html`<h1>${extraction.title ?? 'Checked article'}</h1>
      <p class="lede" id="check-summary">
        ${checks.length} ${checks.length === 1 ? 'claim' : 'claims'}: ${counts.new} new, ${counts.agrees} agree,
        ${counts.conflicts}
        conflict${
          extraction.publisher ? ` · ${extraction.publisher}` : ''
        }${extraction.published ? ` · ${extraction.published}` : ' · no publication date (relative dates not resolved)'}
      </p>
      <form method="post" action="/check/store" class="store-form">
        <input type="hidden" name="text" value="${form.url ? '' : form.text}" />
        <input type="hidden" name="url" value="${form.url}" />
        <input type="hidden" name="published" value="${form.published}" />
        <input type="hidden" name="publisher" value="${form.publisher}" />
        <label
          >API token (writes need one: <code>hearsay token create</code>)
          <input type="password" name="token" required autocomplete="off" />
        </label>
        <button type="submit">Store this article in the ledger</button>
      </form>
      <section aria-labelledby="claims">
        <h2 id="claims">Claims</h2>
        ${
          checks.length === 0
            ? html`<p>No claims found.</p>`
            : dataTable(
                'check-table',
                ['Quote', 'Device', 'Attribute', 'Value', 'Certainty', 'Source and its record', 'Against the ledger'],
                rows,
              )
        }
      </section>
      <section aria-labelledby="text">
        <h2 id="text">Text</h2>
        ${highlightedText(view.text, highlights)}
      </section>
      <section aria-labelledby="again">
        <h2 id="again">Check another</h2>
        ${formSection(form, null)}
      </section>`,
  );
}
