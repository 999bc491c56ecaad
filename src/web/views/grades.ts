// A launched device's grades: its official values and how the earlier claims fared against them.
import type { DeviceGrades } from '../../grade/index.js';
import { attributeLabel, formatValue } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { sourcePath } from '../links.js';
import { gradeBadge } from './sources.js';
import { dataTable } from './parts.js';

const ORIGIN_TEXT: Readonly<Record<string, string>> = {
  article: 'official article',
  catalog: 'imported spec sheet',
  person: 'confirmed by a person',
};

/** Nothing for a device with no official values yet: it has not launched, so nothing is graded. */
export function gradesSection(grades: DeviceGrades): SafeHtml {
  if (grades.officials.length === 0 && !grades.cancelled) return html``;
  const { counts } = grades;
  const officials = grades.officials.map(
    (o) =>
      html`<tr>
        <th scope="row">
          ${attributeLabel(o.attribute)}${o.qualifier ? html` <span class="qualifier">${o.qualifier}</span>` : ''}
        </th>
        <td>${formatValue(o.attribute, o.value)}</td>
        <td>${ORIGIN_TEXT[o.origin] ?? o.origin}${o.source ? ` (${o.source})` : ''}</td>
        <td>${o.knownOn}</td>
      </tr>`,
  );
  // Who called it: the counted claims' sources, best first.
  const bySource = new Map<string, { right: number; graded: number }>();
  for (const c of grades.claims) {
    if (!c.counted || !c.creditedTo || c.grade === 'pending' || c.grade === 'void') continue;
    const entry = bySource.get(c.creditedTo) ?? { right: 0, graded: 0 };
    entry.graded++;
    entry.right += c.grade === 'right' ? 1 : c.grade === 'partly' ? 0.5 : 0;
    bySource.set(c.creditedTo, entry);
  }
  const sources = [...bySource.entries()]
    .sort((a, b) => b[1].right / b[1].graded - a[1].right / a[1].graded || b[1].graded - a[1].graded)
    .slice(0, 10)
    .map(
      ([name, s]) =>
        html`<li>
          <a href="${sourcePath(name)}">${name}</a>: ${s.right} of ${s.graded} right
          <span class="muted">(partly counts half)</span>
        </li>`,
    );
  return html`<section aria-labelledby="grades">
    <h2 id="grades">Grades</h2>
    ${grades.cancelled ? html`<p class="error">This device was cancelled: its claims are void.</p>` : ''}
    <p>
      ${gradeBadge('right')} ${counts.right} ${gradeBadge('partly')} ${counts.partly} ${gradeBadge('wrong')}
      ${counts.wrong} ${gradeBadge('pending')}
      ${counts.pending}${counts.void > 0 ? html` ${gradeBadge('void')} ${counts.void}` : ''}
      <span class="muted">(all claims, repeats included)</span>
    </p>
    ${
      sources.length > 0
        ? html`<h3>Who called it</h3>
            <ul>
              ${sources}
            </ul>`
        : ''
    }
    ${
      officials.length > 0
        ? html`<h3>Official values</h3>
            ${dataTable('officials', ['Attribute', 'Value', 'From', 'Known on'], officials)}`
        : ''
    }
  </section>`;
}
