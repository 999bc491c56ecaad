// The sources leaderboard, and one source's page: its record, calibration and graded claims.
import type { GradedClaim, SourceDetail, SourceRecord } from '../../grade/index.js';
import { calibrationChart } from '../charts/calibration.js';
import { attributeLabel, formatValue } from '../format.js';
import { externalUrl, html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { articlePath, devicePath, sourcePath } from '../links.js';
import { certaintyBadge, dataTable } from './parts.js';

/** Sources shown on the leaderboard (each with its own chart); the rest are counted. */
export const LEADERBOARD_SIZE = 50;

function percent(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 100)}%`;
}

function days(value: number | null): string {
  return value === null ? '—' : `${Math.round(value)} days`;
}

function score(value: number | null): string {
  return value === null ? '—' : value.toFixed(3);
}

export function gradeBadge(grade: string): SafeHtml {
  const text: Record<string, string> = {
    right: 'Right',
    partly: 'Partly right',
    wrong: 'Wrong',
    pending: 'Pending',
    void: 'Void',
  };
  return html`<span class="badge grade-${grade}">${text[grade] ?? grade}</span>`;
}

function leaderRow(record: SourceRecord, rank: number): SafeHtml {
  return html`<tr>
    <td>${rank}</td>
    <th scope="row"><a href="${sourcePath(record.source)}">${record.source}</a></th>
    <td data-label="Graded">
      ${record.graded}
      <span class="muted"
        >(${record.right} right, ${record.partly} partly, ${record.wrong}
        wrong${record.pending > 0 ? `, ${record.pending} pending` : ''})</span
      >
    </td>
    <td data-label="Accuracy">${percent(record.accuracy)}</td>
    <td data-label="Median lead">${days(record.medianLeadDays)}</td>
    <td data-label="Brier">${score(record.brier)}</td>
    <td data-label="Calibration">${calibrationChart(record.source, record.calibration)}</td>
  </tr>`;
}

export function sourcesView(records: readonly SourceRecord[], brand: string): SafeHtml {
  const shown = records.slice(0, LEADERBOARD_SIZE);
  return page(
    { title: 'Sources', section: 'sources' },
    html`<h1>Sources</h1>
      <p class="lede">
        How often each leaker, site and analyst was right once the devices launched, how early, and whether the
        confidence their claims carried matched the outcome. Accuracy counts partly right as half; the Brier score is
        the mean squared gap between confidence and outcome (0 is perfect, lower is better).
      </p>
      <form class="inline-form" method="get" action="/sources">
        <label for="brand">Only claims about brand</label>
        <input id="brand" name="brand" value="${brand}" />
        <button type="submit">Filter</button>
      </form>
      ${
        shown.length === 0
          ? html`<p>No source has graded claims yet: grades appear once a device's official values are known.</p>`
          : html`${dataTable(
                'leaderboard',
                ['#', 'Source', 'Graded claims', 'Accuracy', 'Median lead', 'Brier', 'Calibration'],
                shown.map((r, i) => leaderRow(r, i + 1)),
              )}
              ${records.length > shown.length ? html`<p class="muted">${records.length - shown.length} more sources with fewer graded claims.</p>` : ''}
              <p class="muted">
                Calibration charts: each dot is a confidence band; on the dashed diagonal, claims came true as often as
                their confidence said.
              </p>`
      }`,
  );
}

function gradedRow(claim: GradedClaim): SafeHtml {
  const link = externalUrl(claim.url);
  return html`<tr>
    <td data-label="Date">${claim.claimedOn}</td>
    <td data-label="Device"><a href="${devicePath(claim.device)}">${claim.device}</a></td>
    <td data-label="Claim">
      ${attributeLabel(claim.attribute)}${claim.qualifier ? ` (${claim.qualifier})` : ''}:
      ${formatValue(claim.attribute, claim.value)}
    </td>
    <td data-label="Certainty">
      ${certaintyBadge(claim.certainty)} <span class="muted">${percent(claim.stanceConfidence)}</span>
    </td>
    <td data-label="Grade">
      ${gradeBadge(claim.grade)}${claim.counted ? '' : html` <span class="muted">not counted (${(claim.notCountedBecause ?? '').replace(/-/g, ' ')})</span>`}<br /><span
        class="muted"
        >${claim.detail}</span
      >
    </td>
    <td data-label="Lead">${days(claim.leadDays)}</td>
    <td data-label="Quote">
      <a href="${articlePath(claim.articleId, claim.claimId)}">“${claim.quote}”</a
      >${link ? html` <a class="muted" href="${link}" rel="noopener noreferrer nofollow">original</a>` : ''}
    </td>
  </tr>`;
}

/** Claims listed on a source's page, newest first; the record above counts them all. */
export const SOURCE_CLAIMS_SHOWN = 200;

export function sourceView(detail: SourceDetail): SafeHtml {
  const { record } = detail;
  const claims = [...detail.claims].reverse().slice(0, SOURCE_CLAIMS_SHOWN);
  return page(
    { title: record.source, section: 'sources' },
    html`<h1>${record.source}</h1>
      <p class="lede">
        ${record.graded} graded claims about ${record.devices.length}
        ${record.devices.length === 1 ? 'device' : 'devices'}${
          record.brands.length > 0 ? ` (${record.brands.join(', ')})` : ''
        }.
      </p>
      <div class="record">
        <dl class="figures">
          <div>
            <dt>Accuracy</dt>
            <dd>${percent(record.accuracy)}</dd>
          </div>
          <div>
            <dt>Right / partly / wrong</dt>
            <dd>${record.right} / ${record.partly} / ${record.wrong}</dd>
          </div>
          <div>
            <dt>Pending</dt>
            <dd>${record.pending}</dd>
          </div>
          <div>
            <dt>Median lead time</dt>
            <dd>${days(record.medianLeadDays)}</dd>
          </div>
          <div>
            <dt>Brier score</dt>
            <dd>${score(record.brier)}</dd>
          </div>
          <div>
            <dt>Brier with the record</dt>
            <dd>${score(record.recordBrier)}</dd>
          </div>
          <div>
            <dt>Trust for a new claim</dt>
            <dd>${percent(record.trust)}</dd>
          </div>
        </dl>
        <figure class="chart-figure">
          ${calibrationChart(record.source, record.calibration, 'large')}
          <figcaption class="muted">
            Each dot is a confidence band (its size, the number of claims); on the dashed diagonal, claims came true as
            often as their confidence said.
          </figcaption>
        </figure>
      </div>
      <h2>Claims</h2>
      ${detail.claims.length > claims.length ? html`<p class="muted">The newest ${claims.length} of ${detail.claims.length} claims.</p>` : ''}
      ${dataTable('graded', ['Date', 'Device', 'Claim', 'Certainty', 'Grade', 'Lead', 'Quote'], claims.map(gradedRow))}`,
  );
}
