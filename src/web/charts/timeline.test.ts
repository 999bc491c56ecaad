import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TimelineEntry } from '../../consensus/index.js';
import type { StoredClaim } from '../../ledger/index.js';
import { dotRadius, timelineChart, timelineDots } from './timeline.js';

function entry(day: string, attribute: string, mark: TimelineEntry['mark']): TimelineEntry {
  return { claim: { claimedOn: day, attribute } as StoredClaim, mark };
}

const ATTRIBUTES = ['price', 'ram_gb', 'battery_mah', 'chipset', 'display_size_in', 'release_date'];
const MARKS: TimelineEntry['mark'][] = ['new', 'repeat', 'contradicts'];

function spread(count: number, days: number): TimelineEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2030, 0, 1) + (i % days) * 86_400_000).toISOString().slice(0, 10);
    return entry(day, ATTRIBUTES[i % ATTRIBUTES.length] as string, MARKS[i % 3] as TimelineEntry['mark']);
  });
}

test('a few claims are drawn one dot per day, attribute and mark', () => {
  const { bin, dots } = timelineDots([
    entry('2030-01-01', 'price', 'new'),
    entry('2030-01-01', 'price', 'new'),
    entry('2030-01-02', 'price', 'repeat'),
  ]);
  assert.equal(bin, 'day');
  assert.deepEqual(
    dots.map((d) => [d.date.toISOString().slice(0, 10), d.count]),
    [
      ['2030-01-01', 2],
      ['2030-01-02', 1],
    ],
  );
});

test('thousands of claims over years are binned coarser, keeping every claim counted', () => {
  const entries = spread(5000, 900);
  const { bin, dots } = timelineDots(entries);
  assert.notEqual(bin, 'day');
  assert.ok(dots.length <= 150, `${dots.length} dots`);
  assert.equal(
    dots.reduce((sum, d) => sum + d.count, 0),
    5000,
  );
});

test('weeks start on Monday and quarters on their first month', () => {
  const weekly = timelineDots(spread(1000, 400)).dots.map((d) => d.date);
  for (const date of weekly) assert.ok([1].includes(date.getUTCDay()) || date.getUTCDate() === 1, date.toISOString());
});

test('dot radii grow with the count and stop at 9 px', () => {
  assert.equal(dotRadius(1), 4);
  assert.ok(dotRadius(10) > dotRadius(2));
  assert.equal(dotRadius(10_000), 9);
});

test('the chart is one SVG without inline styles, and says when there is nothing to draw', () => {
  const svg = timelineChart(spread(300, 60)).value;
  assert.match(svg, /^<figure class="chart-figure">\s*<svg [^>]*class="chart"/);
  assert.doesNotMatch(svg, /<style|style="/);
  assert.match(timelineChart([]).value, /No dated claims yet/);
});
