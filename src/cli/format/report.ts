// The human report for one article: what it is, which devices it names, and each claim with its evidence.
import type { Claim, Device, ExtractionResult } from '../../core/types.js';
import { paintCertainty, type Colors } from './colors.js';
import { explainLine, traceFor } from './explain.js';
import { formatValue } from './value.js';

export interface ReportOptions {
  colors: Colors;
  /** Shown after each claim when --explain is given. */
  explain?: readonly (readonly string[])[];
}

const RELATION_WORDS = Object.freeze({
  variant_of: 'variant of',
  successor_of: 'successor of',
  compared_with: 'compared with',
});

function header(file: string, result: ExtractionResult, colors: Colors): string[] {
  const rows: [string, string | null][] = [
    ['Title', result.title],
    ['Published', result.published],
    ['Publisher', result.publisher],
    ['Authors', result.authors.length > 0 ? result.authors.join(', ') : null],
    ['Via', result.via.length > 0 ? result.via.join(', ') : null],
  ];
  const lines = [colors.bold(file)];
  for (const [label, value] of rows) {
    if (value !== null || label === 'Title' || label === 'Published' || label === 'Publisher') {
      lines.push(`  ${colors.dim(label.padEnd(10))} ${value ?? colors.dim('unknown')}`);
    }
  }
  return lines;
}

function deviceLine(device: Device): string {
  const parts = [device.brand ? `${device.name} (${device.brand})` : device.name];
  if (device.aliases.length > 0) parts.push(`also ${device.aliases.map((a) => `"${a}"`).join(', ')}`);
  for (const relation of device.relations) parts.push(`${RELATION_WORDS[relation.type]} ${relation.device}`);
  return `  ${parts.join('; ')}`;
}

function claimLines(claim: Claim, index: number, options: ReportOptions): string[] {
  const { colors } = options;
  const qualifier = claim.qualifier ? ` ${colors.dim(`[${claim.qualifier}]`)}` : '';
  const details = [
    paintCertainty(colors, claim.certainty),
    `confidence ${claim.confidence.toFixed(2)}`,
    `source ${claim.source ?? colors.dim('unnamed')}`,
    `evidence ${claim.evidence ?? colors.dim('none')}`,
  ];
  const number = `  ${index + 1}. `;
  // Detail lines start under the claim's text, whatever the width of its number.
  const indent = ' '.repeat(number.length);
  const lines = [
    `${number}${claim.device} · ${claim.attribute}: ${colors.bold(formatValue(claim.attribute, claim.value))}${qualifier}`,
    `${indent}${details.join(' · ')}`,
    `${indent}"${claim.quote.replace(/\s+/g, ' ')}" ${colors.dim(`[${claim.span[0]}–${claim.span[1]}]`)}`,
  ];
  if (options.explain) lines.push(`${indent}${colors.dim(explainLine(traceFor(options.explain, index)))}`);
  return lines;
}

export function formatReport(file: string, result: ExtractionResult, options: ReportOptions): string {
  const lines = header(file, result, options.colors);
  lines.push('', result.devices.length > 0 ? 'Devices' : 'Devices: none found');
  lines.push(...result.devices.map(deviceLine));
  lines.push('', result.claims.length > 0 ? `Claims (${result.claims.length})` : 'Claims: none found');
  result.claims.forEach((claim, index) => lines.push(...claimLines(claim, index, options)));
  return `${lines.join('\n')}\n`;
}
