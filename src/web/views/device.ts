// The device page: the consensus spec sheet, a currency switch, the timeline chart and the claims, paged.
import type { AttributeConsensus, DeviceSheet, TimelineEntry } from '../../consensus/index.js';
import type { StoredClaim } from '../../ledger/index.js';
import { ATTRIBUTES } from '../../core/types.js';
import { timelineChart } from '../charts/timeline.js';
import { attributeLabel } from '../format.js';
import type { DeviceGrades, GradedClaim } from '../../grade/index.js';
import { html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { comparePath, devicePath } from '../links.js';
import { gradesSection } from './grades.js';
import { gradeBadge } from './sources.js';
import { candidateValue, certaintyBadge, claimItem, sourceList, supportMeter, dataTable } from './parts.js';

export const CLAIMS_PER_PAGE = 50;
/** Values listed per attribute under "all values"; the rest are counted. */
const VALUES_SHOWN = 6;

export interface DeviceView {
  sheet: DeviceSheet;
  /** Every claim of the device, oldest first (the ledger's order). */
  claims: readonly StoredClaim[];
  timeline: readonly TimelineEntry[];
  /** Currencies the reader may switch to. */
  currencies: readonly string[];
  /** 1-based page of the claim list. */
  claimPage: number;
  /** The device's grades, when grading knows it. */
  grades?: DeviceGrades | null;
}

const ORDER = new Map<string, number>(ATTRIBUTES.map((a, i) => [a, i]));

function byVocabulary(a: AttributeConsensus, b: AttributeConsensus): number {
  const order = (ORDER.get(a.attribute) ?? 99) - (ORDER.get(b.attribute) ?? 99);
  return order !== 0 ? order : (a.qualifier ?? '').localeCompare(b.qualifier ?? '');
}

function conflictCell(row: AttributeConsensus): SafeHtml {
  if (row.settled) return html`<span class="muted">settled by an official value</span>`;
  if (row.conflicts.length === 0) return html`<span class="muted">none</span>`;
  const items = row.conflicts.slice(0, 3).map(
    (c) =>
      html`<li>
        ${candidateValue(row.attribute, c)}
        <span class="muted">(${c.stories} ${c.stories === 1 ? 'story' : 'stories'})</span>
      </li>`,
  );
  const more = row.conflicts.length - 3;
  return html`<ul class="conflicts">
    ${items}${more > 0 ? html`<li class="muted">+${more} more</li>` : ''}
  </ul>`;
}

function allValues(row: AttributeConsensus): SafeHtml {
  if (row.candidates.length < 2) return html``;
  const shown = row.candidates.slice(0, VALUES_SHOWN).map(
    (c) =>
      html`<li>
        ${candidateValue(row.attribute, c)} ${certaintyBadge(c.certainty)}
        <span class="muted"
          >${c.stories} ${c.stories === 1 ? 'story' : 'stories'}, ${c.claims} ${c.claims === 1 ? 'claim' : 'claims'},
          ${c.firstSeen} – ${c.lastSeen}</span
        >
      </li>`,
  );
  const more = row.candidates.length - shown.length;
  return html`<details>
    <summary>All ${row.candidates.length} values</summary>
    <ul>
      ${shown}
    </ul>
    ${more > 0 ? html`<p class="muted">${more} weaker values not shown.</p>` : ''}
  </details>`;
}

function sheetRow(row: AttributeConsensus): SafeHtml {
  const conflicted = row.conflicts.length > 0;
  return html`<tr class="${conflicted ? 'has-conflict' : ''}">
    <th scope="row">
      ${attributeLabel(row.attribute)}${row.qualifier ? html` <span class="qualifier">${row.qualifier}</span>` : ''}
    </th>
    <td class="value">${candidateValue(row.attribute, row.leader)}${allValues(row)}</td>
    <td>${supportMeter(row.leader, row.candidates)}</td>
    <td>${certaintyBadge(row.leader.certainty)}</td>
    <td>${sourceList(row.leader.sources.length > 0 ? row.leader.sources : row.leader.publishers)}</td>
    <td>${conflicted ? html`<span class="conflict-flag">Conflict</span>` : ''}${conflictCell(row)}</td>
  </tr>`;
}

function currencyForm(view: DeviceView): SafeHtml {
  const selected = view.sheet.currency;
  const options = [html`<option value="" ${selected === null ? html`selected` : ''}>As claimed</option>`].concat(
    view.currencies.map((c) => html`<option value="${c}" ${c === selected ? html`selected` : ''}>${c}</option>`),
  );
  return html`<form class="currency-switch" method="get" action="${devicePath(view.sheet.device.name)}">
    <label for="currency">Show prices in</label>
    <select id="currency" name="currency" data-autosubmit>
      ${options}
    </select>
    <button type="submit">Apply</button>
  </form>`;
}

function pager(view: DeviceView, pages: number): SafeHtml {
  if (pages <= 1) return html``;
  const link = (p: number, label: string, rel: string) =>
    html`<a href="${devicePath(view.sheet.device.name, { currency: view.sheet.currency, page: p })}#claims" rel="${rel}"
      >${label}</a
    >`;
  return html`<nav class="pager" aria-label="Claim pages">
    ${view.claimPage > 1 ? link(view.claimPage - 1, '← Newer', 'prev') : ''}
    <span>Page ${view.claimPage} of ${pages}</span>
    ${view.claimPage < pages ? link(view.claimPage + 1, 'Older →', 'next') : ''}
  </nav>`;
}

const byClaimId = new WeakMap<DeviceGrades, Map<number, GradedClaim>>();

function gradesById(grades: DeviceGrades): Map<number, GradedClaim> {
  let map = byClaimId.get(grades);
  if (!map) {
    map = new Map(grades.claims.map((c) => [c.claimId, c]));
    byClaimId.set(grades, map);
  }
  return map;
}

/** A claim's grade badge once its device has official values; nothing while all is pending. */
function gradeOf(view: DeviceView, claimId: number): SafeHtml | null {
  if (!view.grades || view.grades.officials.length === 0) return null;
  const graded = gradesById(view.grades).get(claimId);
  return graded ? gradeBadge(graded.grade) : null;
}

function claimList(view: DeviceView): SafeHtml {
  const newestFirst = [...view.claims].reverse();
  const pages = Math.max(1, Math.ceil(newestFirst.length / CLAIMS_PER_PAGE));
  const current = Math.min(view.claimPage, pages);
  const slice = newestFirst.slice((current - 1) * CLAIMS_PER_PAGE, current * CLAIMS_PER_PAGE);
  return html`<section aria-labelledby="claims">
    <h2 id="claims">Claims <span class="muted">(${view.claims.length}, newest first)</span></h2>
    <ol class="claim-list">
      ${slice.map((c) => claimItem(c, { grade: gradeOf(view, c.id) }))}
    </ol>
    ${pager({ ...view, claimPage: current }, pages)}
  </section>`;
}

export function deviceView(view: DeviceView): SafeHtml {
  const { sheet } = view;
  const rows = [...sheet.attributes].sort(byVocabulary);
  // The headline price: an official one first, else the best supported market.
  const price = rows
    .filter((r) => r.attribute === 'price')
    .sort(
      (a, b) =>
        Number(b.leader.certainty === 'official') - Number(a.leader.certainty === 'official') ||
        b.leader.weight - a.leader.weight,
    )[0];
  const headline = price ? html`<p class="headline">Leading price: ${candidateValue('price', price.leader)}</p>` : '';
  return page(
    { title: sheet.device.name, section: 'devices' },
    html`<h1>${sheet.device.name}</h1>
      <p class="lede">
        ${sheet.device.brand ? html`${sheet.device.brand} · ` : ''}${sheet.claims} claims from ${sheet.stories}
        independent ${sheet.stories === 1 ? 'story' : 'stories'} · ${sheet.conflicts}
        ${sheet.conflicts === 1 ? 'attribute' : 'attributes'} in conflict ·
        <a href="${comparePath([sheet.device.name])}">Compare with…</a>
      </p>
      ${headline} ${currencyForm(view)}
      <section aria-labelledby="sheet">
        <h2 id="sheet">Spec sheet</h2>
        ${dataTable('sheet', ['Attribute', 'Leading value', 'Support', 'Certainty', 'Sources', 'Conflicts'], rows.map(sheetRow))}
      </section>
      ${view.grades ? gradesSection(view.grades) : ''}
      <section aria-labelledby="timeline">
        <h2 id="timeline">Timeline</h2>
        ${timelineChart(view.timeline)}
      </section>
      ${claimList(view)}`,
  );
}
