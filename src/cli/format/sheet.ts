// The consensus sheet as a person reads it: per attribute the leading value, its support, and what conflicts.
import type { AttributeConsensus, Candidate, DeviceSheet } from '../../consensus/index.js';
import type { Attribute, Certainty } from '../../core/types.js';
import { paintCertainty, type Colors } from './colors.js';
import { formatValue } from './value.js';

function candidateValue(attribute: string, candidate: Candidate): string {
  const shown = formatValue(attribute as Attribute, candidate.value);
  const converted = candidate.converted;
  if (!converted || converted.currency === (candidate.value as { currency?: string }).currency) return shown;
  const amount = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(converted.amount);
  return `${shown} (≈ ${converted.currency} ${amount} at ${converted.rateDate})`;
}

function support(candidate: Candidate): string {
  const stories = `${candidate.stories} ${candidate.stories === 1 ? 'story' : 'stories'}`;
  const seen =
    candidate.firstSeen === candidate.lastSeen ? candidate.firstSeen : `${candidate.firstSeen} → ${candidate.lastSeen}`;
  const sources = candidate.sources.length > 0 ? `; ${candidate.sources.join(', ')}` : '';
  return `${stories}, ${seen}${sources}`;
}

function attributeLines(a: AttributeConsensus, colors: Colors): string[] {
  const label = a.qualifier ? `${a.attribute} (${a.qualifier})` : a.attribute;
  const flag = a.conflicts.length > 0 ? colors.red(' CONFLICT') : a.settled ? colors.green(' settled') : '';
  const lead = a.leader;
  const lines = [
    `  ${colors.bold(label)}${flag}`,
    `    ${colors.bold(candidateValue(a.attribute, lead))}  ${paintCertainty(colors, lead.certainty as Certainty)}  ${colors.dim(support(lead))}`,
  ];
  for (const other of a.candidates.slice(1)) {
    const mark = a.conflicts.includes(other) ? colors.red('≠') : colors.dim('·');
    lines.push(
      `    ${mark} ${candidateValue(a.attribute, other)}  ${paintCertainty(colors, other.certainty as Certainty)}  ${colors.dim(support(other))}`,
    );
  }
  return lines;
}

export function formatSheet(sheet: DeviceSheet, colors: Colors): string {
  const header = `${colors.bold(sheet.device.name)}  ${colors.dim(
    `${sheet.claims} claims from ${sheet.stories} independent stories; ${sheet.conflicts} attributes in conflict`,
  )}`;
  if (sheet.attributes.length === 0) return `${header}\n  (no claims yet)\n`;
  return `${[header, ...sheet.attributes.flatMap((a) => attributeLines(a, colors))].join('\n')}\n`;
}

/** The sheet as JSON: the same structure, values as the contract writes them. */
export function sheetJson(sheet: DeviceSheet): unknown {
  return {
    device: { id: sheet.device.id, name: sheet.device.name, brand: sheet.device.brand },
    currency: sheet.currency,
    claims: sheet.claims,
    stories: sheet.stories,
    conflicts: sheet.conflicts,
    attributes: sheet.attributes.map((a) => ({
      attribute: a.attribute,
      qualifier: a.qualifier,
      settled: a.settled,
      conflict: a.conflicts.length > 0,
      leader: a.leader.value,
      candidates: a.candidates.map((c) => ({
        value: c.value,
        converted: c.converted,
        stories: c.stories,
        claims: c.claims,
        certainty: c.certainty,
        weight: Math.round(c.weight * 1000) / 1000,
        sources: c.sources,
        publishers: c.publishers,
        first_seen: c.firstSeen,
        last_seen: c.lastSeen,
        conflicts_with_leader: a.conflicts.includes(c),
      })),
    })),
  };
}
