// Source records and graded claims as a person reads them.
import type { Attribute } from '../../core/types.js';
import type { CalibrationBin, GradedClaim, SourceRecord } from '../../grade/index.js';
import type { Colors } from './colors.js';
import { formatValue } from './value.js';

function fixed(value: number | null, digits = 2): string {
  return value === null ? '-' : value.toFixed(digits);
}

function percent(value: number | null): string {
  return value === null ? '-' : `${Math.round(value * 100)}%`;
}

export function paintGrade(colors: Colors, grade: string): string {
  switch (grade) {
    case 'right':
      return colors.green(grade);
    case 'partly':
      return colors.yellow(grade);
    case 'wrong':
      return colors.red(grade);
    default:
      return colors.dim(grade);
  }
}

const HEADER = `${'source'.padEnd(26)} ${'graded'.padStart(6)} ${'right'.padStart(5)} ${'partly'.padStart(6)} ${'wrong'.padStart(5)} ${'accuracy'.padStart(8)} ${'lead'.padStart(5)} ${'score'.padStart(5)} ${'brier'.padStart(5)} ${'trust'.padStart(5)}`;

export function formatRecords(records: readonly SourceRecord[], colors: Colors): string {
  if (records.length === 0)
    return 'no graded sources yet: official values come from launch articles, `hearsay catalog import` or `hearsay confirm`\n';
  const lines = [colors.bold(HEADER)];
  for (const r of records) {
    lines.push(
      `${r.source.slice(0, 26).padEnd(26)} ${String(r.graded).padStart(6)} ${String(r.right).padStart(5)} ${String(r.partly).padStart(6)} ${String(r.wrong).padStart(5)} ${percent(r.accuracy).padStart(8)} ${(r.medianLeadDays === null ? '-' : `${Math.round(r.medianLeadDays)}d`).padStart(5)} ${fixed(r.specificityScore).padStart(5)} ${fixed(r.brier, 3).padStart(5)} ${fixed(r.trust).padStart(5)}`,
    );
  }
  lines.push(
    colors.dim(
      'accuracy: (right + ½ partly) / graded · lead: median days before official · score: mean specificity × credit · brier: of the confidence given (lower is better) · trust: record-based confidence for a neutral new claim',
    ),
  );
  return `${lines.join('\n')}\n`;
}

export function formatCalibration(bins: readonly CalibrationBin[]): string {
  const lines = ['confidence   claims  mean conf.  observed'];
  for (const b of bins) {
    lines.push(
      `${`${b.from.toFixed(1)}–${b.to.toFixed(1)}`.padEnd(12)} ${String(b.claims).padStart(6)}  ${fixed(b.meanConfidence).padStart(10)}  ${percent(b.observedRate).padStart(8)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export function formatGradedClaim(c: GradedClaim, colors: Colors, options: { showDevice: boolean }): string {
  const scope = c.qualifier ? ` (${c.qualifier})` : '';
  const device = options.showDevice ? `${c.device}  ` : '';
  const value = formatValue(c.attribute as Attribute, c.value);
  const note = c.counted ? '' : colors.dim(` [not counted: ${c.notCountedBecause ?? ''}]`);
  const lead = c.leadDays === null ? '' : colors.dim(` ${c.leadDays}d ahead`);
  const confidence = colors.dim(` stance ${c.stanceConfidence.toFixed(2)} record ${c.recordConfidence.toFixed(2)}`);
  const credit = c.creditedTo ? ` — ${c.creditedTo}` : '';
  return `${c.claimedOn}  ${paintGrade(colors, c.grade).padEnd(6)} ${device}${c.attribute}${scope} = ${value}${credit}${confidence}${lead}${note}\n${colors.dim(`            ${c.detail}`)}\n`;
}
