// The device timeline: claims over time, one row per attribute, coloured by what each did to the picture.
// Dots are binned (day, week, month or quarter) so a device with thousands of claims stays a small SVG.
import type { TimelineEntry, TimelineMark } from '../../consensus/index.js';
import { attributeLabel } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { Plot, renderPlot } from './render.js';

export const MARK_COLORS: Readonly<Record<TimelineMark, string>> = {
  new: '#1d4ed8',
  repeat: '#6b7280',
  contradicts: '#c2410c',
};

export const MARK_LABELS: Readonly<Record<TimelineMark, string>> = {
  new: 'new value',
  repeat: 'repeated value',
  contradicts: 'contradicts an earlier value',
};

/** At most this many dots: past it the bins grow. */
const MAX_DOTS = 150;
const BINS = ['day', 'week', 'month', 'quarter', 'year'] as const;
type Bin = (typeof BINS)[number];

export interface TimelineDot {
  date: Date;
  attribute: string;
  mark: TimelineMark;
  count: number;
}

function binStart(day: string, bin: Bin): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  if (bin === 'week') date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  if (bin === 'month' || bin === 'quarter' || bin === 'year') date.setUTCDate(1);
  if (bin === 'quarter') date.setUTCMonth(date.getUTCMonth() - (date.getUTCMonth() % 3));
  if (bin === 'year') date.setUTCMonth(0);
  return date.toISOString().slice(0, 10);
}

/** Groups entries into dots, choosing the finest bin that keeps the dot count under MAX_DOTS. */
export function timelineDots(entries: readonly TimelineEntry[]): { bin: Bin; dots: TimelineDot[] } {
  let result: { bin: Bin; dots: TimelineDot[] } = { bin: 'day', dots: [] };
  for (const bin of BINS) {
    const groups = new Map<string, TimelineDot>();
    for (const { claim, mark } of entries) {
      const start = binStart(claim.claimedOn, bin);
      const key = `${start}|${claim.attribute}|${mark}`;
      const dot = groups.get(key);
      if (dot) dot.count++;
      else groups.set(key, { date: new Date(`${start}T00:00:00Z`), attribute: claim.attribute, mark, count: 1 });
    }
    result = { bin, dots: [...groups.values()].filter((d) => !Number.isNaN(d.date.getTime())) };
    if (result.dots.length <= MAX_DOTS) break;
  }
  return result;
}

/** 3 px for one claim, growing with the square root of the count, capped at 9 px. */
export function dotRadius(count: number): number {
  return Math.min(9, Math.round(2 + Math.sqrt(count) * 1.5));
}

export function timelineChart(entries: readonly TimelineEntry[]): SafeHtml {
  if (entries.length === 0) return html`<p class="muted">No dated claims yet.</p>`;
  const { bin, dots } = timelineDots(entries);
  const attributes = [...new Set(dots.map((d) => d.attribute))];
  const svg = renderPlot({
    width: 720,
    height: 40 + attributes.length * 22,
    marginLeft: 110,
    ariaLabel: 'Timeline of claims by attribute',
    // Whole pixels and whole radii keep each dot's markup short.
    x: { type: 'utc', label: null, round: true },
    y: { domain: attributes, label: null },
    r: { type: 'identity' },
    color: { domain: Object.keys(MARK_COLORS), range: Object.values(MARK_COLORS) },
    marks: [
      Plot.gridY({ stroke: '#e5e7eb', strokeOpacity: 1 }),
      Plot.axisY({ tickSize: 0, tickFormat: attributeLabel }),
      Plot.dot(dots, {
        x: 'date',
        y: 'attribute',
        r: (d: TimelineDot) => dotRadius(d.count),
        fill: 'mark',
        fillOpacity: 0.75,
        title: (d: TimelineDot) =>
          `${attributeLabel(d.attribute)}: ${d.count} × ${MARK_LABELS[d.mark]}, ${bin} of ${d.date.toISOString().slice(0, 10)}`,
      }),
    ],
  });
  const legend = (Object.keys(MARK_COLORS) as TimelineMark[]).map(
    (mark) => html`<li><span class="swatch swatch-${mark}" aria-hidden="true"></span>${MARK_LABELS[mark]}</li>`,
  );
  return html`<figure class="chart-figure">
    ${svg}
    <figcaption>
      <ul class="legend">
        ${legend}
      </ul>
      <span class="muted">Each dot is one ${bin}; its size is the number of claims.</span>
    </figcaption>
  </figure>`;
}
