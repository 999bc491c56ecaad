// A source's calibration: for each confidence bin, how often its claims proved right, against the
// diagonal of perfect calibration. Small for the leaderboard, larger on a source's page.
import type { CalibrationBin } from '../../grade/index.js';
import { html, type SafeHtml } from '../html.js';
import { Plot, renderPlot } from './render.js';

interface BinDot {
  confidence: number;
  observed: number;
  claims: number;
}

function dots(bins: readonly CalibrationBin[]): BinDot[] {
  return bins.flatMap((b) =>
    b.meanConfidence === null || b.observedRate === null || b.claims === 0
      ? []
      : [{ confidence: b.meanConfidence, observed: b.observedRate, claims: b.claims }],
  );
}

export function calibrationChart(
  source: string,
  bins: readonly CalibrationBin[],
  size: 'small' | 'large' = 'small',
): SafeHtml {
  const points = dots(bins);
  if (points.length === 0) return html`<span class="muted">no graded claims</span>`;
  const small = size === 'small';
  return renderPlot({
    width: small ? 90 : 360,
    height: small ? 70 : 300,
    marginLeft: small ? 4 : 44,
    marginBottom: small ? 4 : 40,
    marginTop: small ? 4 : 28,
    marginRight: small ? 4 : 12,
    ariaLabel: `Calibration of ${source}`,
    // The leaderboard's small multiples share one frame and drop their axes: dozens of them stay light.
    x: { domain: [0, 1], label: 'Confidence given →', ticks: 5, round: true, axis: small ? null : 'bottom' },
    y: { domain: [0, 1], label: '↑ Proved right', ticks: 5, round: true, axis: small ? null : 'left' },
    r: { type: 'identity' },
    marks: [
      small ? Plot.frame({ stroke: '#d1d5db' }) : null,
      Plot.line(
        [
          [0, 0],
          [1, 1],
        ],
        { stroke: '#9ca3af', strokeDasharray: '3,3' },
      ),
      Plot.line(points, { x: 'confidence', y: 'observed', stroke: '#1d4ed8' }),
      Plot.dot(points, {
        x: 'confidence',
        y: 'observed',
        r: (d: BinDot) => Math.min(small ? 5 : 9, 2 + Math.round(Math.sqrt(d.claims))),
        fill: '#1d4ed8',
        title: (d: BinDot) =>
          `${d.claims} ${d.claims === 1 ? 'claim' : 'claims'} at about ${Math.round(d.confidence * 100)}% confidence: ${Math.round(d.observed * 100)}% right`,
      }),
    ],
  });
}
