// The JSON form of one result: exactly the CLAIMS.md fields in contract order, plus `file` and `by` when asked.
import type { Claim, Device, ExtractionResult } from '../../core/types.js';
import { traceFor } from './explain.js';

export interface JsonOptions {
  /** Present only in the multi-file and JSON Lines output. */
  file?: string;
  /** Present only with --explain. */
  explain?: readonly (readonly string[])[];
}

function device(d: Device): Device {
  return {
    name: d.name,
    brand: d.brand,
    aliases: d.aliases,
    relations: d.relations.map((r) => ({ type: r.type, device: r.device })),
  };
}

function claim(c: Claim): Claim {
  return {
    device: c.device,
    attribute: c.attribute,
    value: c.value,
    qualifier: c.qualifier,
    certainty: c.certainty,
    confidence: c.confidence,
    source: c.source,
    evidence: c.evidence,
    span: c.span,
    quote: c.quote,
  };
}

export function toJsonRecord(result: ExtractionResult, options: JsonOptions = {}): Record<string, unknown> {
  const { explain } = options;
  return {
    ...(options.file === undefined ? {} : { file: options.file }),
    title: result.title,
    published: result.published,
    publisher: result.publisher,
    authors: result.authors,
    via: result.via,
    devices: result.devices.map(device),
    claims: result.claims.map((c, i) => (explain ? { ...claim(c), by: traceFor(explain, i) } : claim(c))),
  };
}
