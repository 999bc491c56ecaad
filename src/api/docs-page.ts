// The human-readable API page (/api), rendered from the OpenAPI document rather than written by hand, so it
// lists exactly what is served. Everything interpolated is escaped.
import { escapeHtml } from '../core/escape-html.js';
import type { OpenApiDocument } from './openapi.js';

interface Parameter {
  name: string;
  in: string;
  required: boolean;
  description?: string;
  schema: Record<string, unknown>;
}

function typeOf(schema: Record<string, unknown>): string {
  if (Array.isArray(schema.enum)) return schema.enum.map(String).join(' | ');
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Record<string, unknown>[]).map(typeOf).join(' or ');
  const bits = [String(schema.type ?? 'any')];
  if (schema.minimum !== undefined || schema.maximum !== undefined) {
    bits.push(`${String(schema.minimum ?? '')}–${String(schema.maximum ?? '')}`);
  }
  if (schema.default !== undefined) bits.push(`default ${JSON.stringify(schema.default)}`);
  return bits.join(', ');
}

function parameterRows(parameters: Parameter[]): string {
  if (parameters.length === 0) return '';
  const rows = parameters
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.in}${p.required ? ', required' : ''}</td><td>${escapeHtml(typeOf(p.schema))}</td><td>${escapeHtml(p.description ?? '')}</td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th>parameter</th><th>in</th><th>type</th><th>meaning</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function operationHtml(method: string, path: string, op: Record<string, unknown>): string {
  const body = op.requestBody as { content: Record<string, { schema: unknown }> } | undefined;
  const responses = Object.entries(op.responses as Record<string, { description: string }>)
    .map(([code, r]) => `<li><code>${code}</code> ${escapeHtml(r.description)}</li>`)
    .join('');
  const secured = op.security ? ' <span class="lock">bearer token</span>' : '';
  return `<section id="${escapeHtml(String(op.operationId))}">
<h3><span class="method">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code>${secured}</h3>
<p>${escapeHtml(String(op.summary ?? ''))}</p>
${parameterRows((op.parameters ?? []) as Parameter[])}
${body ? `<details><summary>request body (JSON)</summary><pre>${escapeHtml(JSON.stringify(body.content['application/json']?.schema, null, 2))}</pre></details>` : ''}
<ul class="responses">${responses}</ul>
</section>`;
}

export function renderApiPage(doc: OpenApiDocument): string {
  const sections = Object.entries(doc.paths)
    .flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => operationHtml(method, path, op as Record<string, unknown>)),
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#222}
code,pre{font-family:ui-monospace,monospace}pre{background:#f5f5f5;padding:.5rem;overflow:auto;font-size:13px}
table{border-collapse:collapse;width:100%;font-size:14px}td,th{border-bottom:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
.method{display:inline-block;min-width:3.5rem;font-weight:700}.lock{font-size:12px;background:#fde68a;padding:0 .4rem;border-radius:.25rem}
section{border-top:1px solid #ccc;padding-top:.5rem}
</style></head><body>
<h1>${escapeHtml(doc.info.title)} <small>${escapeHtml(doc.info.version)}</small></h1>
<p>${escapeHtml(doc.info.description)}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI ${doc.openapi}). Errors are JSON: <code>{"error": {"type", "item", "reason", "message"}}</code>.</p>
${sections}
</body></html>
`;
}
