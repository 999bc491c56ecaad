// Compare 2–4 devices: one row per attribute, one column per device, rows whose leading values differ marked.
import { valuesAgree, type Candidate, type DeviceSheet } from '../../consensus/index.js';
import { ATTRIBUTES, type ClaimValue } from '../../core/types.js';
import { attributeLabel } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { devicePath } from '../links.js';
import { candidateValue, certaintyBadge, dataTable } from './parts.js';

export const MAX_COMPARED = 4;

export interface CompareView {
  /** What the reader typed, in order (up to four). */
  names: readonly string[];
  sheets: readonly DeviceSheet[];
  /** Names that matched no device. */
  missing: readonly string[];
  /** Every device name, for the inputs' suggestions. */
  suggestions: readonly string[];
  currencies: readonly string[];
  currency: string | null;
  error: string | null;
}

interface Row {
  attribute: string;
  qualifier: string | null;
  cells: (Candidate | null)[];
}

const ORDER = new Map<string, number>(ATTRIBUTES.map((a, i) => [a, i]));

function buildRows(sheets: readonly DeviceSheet[]): Row[] {
  const rows = new Map<string, Row>();
  sheets.forEach((sheet, column) => {
    for (const a of sheet.attributes) {
      const key = `${a.attribute}\u0000${a.qualifier ?? ''}`;
      let row = rows.get(key);
      if (!row) {
        row = { attribute: a.attribute, qualifier: a.qualifier, cells: sheets.map(() => null) };
        rows.set(key, row);
      }
      row.cells[column] = a.leader;
    }
  });
  return [...rows.values()].sort(
    (a, b) =>
      (ORDER.get(a.attribute) ?? 99) - (ORDER.get(b.attribute) ?? 99) ||
      (a.qualifier ?? '').localeCompare(b.qualifier ?? ''),
  );
}

/** Converted prices compare in one currency; otherwise values compare as claimed. */
function comparable(candidate: Candidate): ClaimValue {
  return candidate.converted
    ? { amount: candidate.converted.amount, currency: candidate.converted.currency }
    : candidate.value;
}

export type RowState = 'same' | 'differs' | 'missing';

/**
 * A row differs when two devices' leading values cannot both be true; it is missing when some device has
 * no value at all (nothing claimed is not a difference, only a gap).
 */
export function rowState(cells: readonly (Candidate | null)[]): RowState {
  const present = cells.filter((c): c is Candidate => c !== null);
  if (present.some((a, i) => present.slice(i + 1).some((b) => !valuesAgree(comparable(a), comparable(b))))) {
    return 'differs';
  }
  return present.length < cells.length ? 'missing' : 'same';
}

function pickerForm(view: CompareView): SafeHtml {
  const inputs = Array.from({ length: MAX_COMPARED }, (_, i) => {
    const value = view.names[i] ?? '';
    return html`<div>
      <label for="device-${i + 1}">Device ${i + 1}${i >= 2 ? ' (optional)' : ''}</label>
      <input id="device-${i + 1}" name="device" list="device-names" value="${value}" autocomplete="off" />
    </div>`;
  });
  const currencyOptions = [html`<option value="">As claimed</option>`].concat(
    view.currencies.map((c) => html`<option value="${c}" ${c === view.currency ? html`selected` : ''}>${c}</option>`),
  );
  return html`<form class="compare-form" method="get" action="/compare">
    ${view.error ? html`<p class="error" role="alert">${view.error}</p>` : ''}
    <div class="form-row">${inputs}</div>
    <datalist id="device-names">${view.suggestions.map((n) => html`<option value="${n}"></option>`)}</datalist>
    <div>
      <label for="compare-currency">Prices in</label>
      <select id="compare-currency" name="currency">
        ${currencyOptions}
      </select>
    </div>
    <button type="submit">Compare</button>
  </form>`;
}

export function compareView(view: CompareView): SafeHtml {
  const { sheets } = view;
  let table: SafeHtml = html``;
  if (sheets.length >= 2) {
    const rows = buildRows(sheets);
    const differing = rows.filter((r) => rowState(r.cells) === 'differs').length;
    const head = sheets.map(
      (s) => html`<a href="${devicePath(s.device.name, { currency: view.currency })}">${s.device.name}</a>`,
    );
    const body = rows.map((row) => {
      const state = rowState(row.cells);
      const cells = row.cells.map((c) =>
        c
          ? html`<td>${candidateValue(row.attribute, c)} ${certaintyBadge(c.certainty)}</td>`
          : html`<td class="muted">—</td>`,
      );
      return html`<tr class="${state}">
        <th scope="row">
          ${attributeLabel(row.attribute)}${row.qualifier ? html` <span class="qualifier">${row.qualifier}</span>` : ''}${
            state === 'differs'
              ? html` <span class="differs-flag">differs</span>`
              : state === 'missing'
                ? html` <span class="missing-flag">not known for all</span>`
                : ''
          }
        </th>
        ${cells}
      </tr>`;
    });
    table = html`<p class="lede">
        ${differing} of ${rows.length} attributes differ; ${rows.filter((r) => rowState(r.cells) === 'missing').length}
        are not known for every device.
      </p>
      ${dataTable('compare', ['Attribute', ...head], body)}`;
  }
  return page(
    {
      title: sheets.length >= 2 ? `Compare ${sheets.map((s) => s.device.name).join(', ')}` : 'Compare devices',
      section: 'compare',
    },
    html`<h1>Compare devices</h1>
      ${pickerForm(view)}
      ${view.missing.length > 0 ? html`<p class="error" role="alert">No device called ${view.missing.map((m) => `“${m}”`).join(', ')}.</p>` : ''}
      ${table}`,
  );
}
