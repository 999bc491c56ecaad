// Small pieces several pages share: certainty badges, support meters, value cells, claim lines.
import type { Candidate } from '../../consensus/index.js';
import type { StoredClaim } from '../../ledger/index.js';
import { attributeLabel, formatMoney, formatValue } from '../format.js';
import { html, type HtmlValue, type SafeHtml } from '../html.js';
import { articlePath, devicePath } from '../links.js';

const CERTAINTY_TEXT: Readonly<Record<string, string>> = {
  official: 'Official',
  likely: 'Likely',
  rumored: 'Rumoured',
  doubtful: 'Doubtful',
};

/** Certainty in words (never colour alone), styled by class. */
export function certaintyBadge(certainty: string): SafeHtml {
  const known = certainty in CERTAINTY_TEXT ? certainty : 'rumored';
  return html`<span class="badge certainty-${known}">${CERTAINTY_TEXT[known] ?? certainty}</span>`;
}

/** A candidate's value, and its conversion into the reader's currency when there is one. */
export function candidateValue(attribute: string, candidate: Candidate): SafeHtml {
  const claimed = formatValue(attribute, candidate.value);
  // A price already in the reader's currency needs no second line.
  if (
    !candidate.converted ||
    (typeof candidate.value === 'object' &&
      'currency' in candidate.value &&
      candidate.value.currency === candidate.converted.currency)
  ) {
    return html`${claimed}`;
  }
  return html`<span class="converted">≈ ${formatMoney(candidate.converted)}</span>
    <span class="claimed">(claimed ${claimed}; rate of ${candidate.converted.rateDate})</span>`;
}

/** Share of the attribute's weight behind the leading value, as a meter with its numbers in words. */
export function supportMeter(leader: Candidate, candidates: readonly Candidate[]): SafeHtml {
  const total = candidates.reduce((sum, c) => sum + c.weight, 0);
  const share = total > 0 ? leader.weight / total : 0;
  const percent = Math.round(share * 100);
  const stories = `${leader.stories} ${leader.stories === 1 ? 'story' : 'stories'}`;
  return html`<div class="support">
    <meter min="0" max="1" value="${share.toFixed(3)}" aria-label="Support">${percent}%</meter>
    <span>${percent}% · ${stories}</span>
  </div>`;
}

export function sourceList(names: readonly string[], max = 3): SafeHtml {
  if (names.length === 0) return html`<span class="muted">unnamed</span>`;
  const shown = names.slice(0, max);
  const more = names.length - shown.length;
  return html`${shown.join(', ')}${more > 0 ? html` <span class="muted">+${more} more</span>` : ''}`;
}

/** One claim as a list item: value, certainty, who and where, and the quote linking to its place in the article. */
export function claimItem(
  claim: StoredClaim,
  options: { showDevice?: boolean; grade?: SafeHtml | null } = {},
): SafeHtml {
  const who = [claim.source, claim.publisher].filter((s): s is string => Boolean(s));
  return html`<li class="claim-line">
    <span class="claim-date">${claim.claimedOn}</span>
    ${options.showDevice ? html`<a href="${devicePath(claim.deviceName)}">${claim.deviceName}</a>` : ''}
    <span class="claim-attr">${attributeLabel(claim.attribute)}: ${formatValue(claim.attribute, claim.value)}</span>
    ${certaintyBadge(claim.certainty)}
    <span class="muted">${who.length > 0 ? who.join(' via ') : 'unnamed source'}</span>
    <a class="quote" href="${articlePath(claim.articleId, claim.id)}">“${claim.quote}”</a>
  </li>`;
}

/** A table that scrolls sideways on a narrow screen: column headings, then the rows as built. */
export function dataTable(className: string | null, headings: readonly HtmlValue[], rows: HtmlValue): SafeHtml {
  return html`<div class="table-wrap">
    <table${className === null ? '' : html` class="${className}"`}>
      <thead>
        <tr>
          ${headings.map((heading) => html`<th scope="col">${heading}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}
