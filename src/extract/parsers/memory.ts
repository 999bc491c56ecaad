// RAM and storage: "3GB of RAM", "8GB or 16GB of internal storage", "128GB/256GB", "12GB + 256GB",
// "1TB", "the 16GB model". Options listed together become one list value.
import type { Component } from '../component.js';
import type { Span } from '../doc.js';
import type { ValueSpan } from './regex-parser.js';

interface Amount {
  start: number;
  end: number;
  gb: number[];
  kind: 'ram' | 'storage' | null;
}

const AMOUNT = /\b(\d{1,4}(?:\.\d)?(?:\s?\/\s?\d{1,4}){0,4})\s?(GB|TB|MB)\b/gi;
const RAM_AFTER = /^[\s\w-]{0,14}?\b(ram|lpddr\w*|memory)\b/i;
const STORAGE_AFTER =
  /^[\s\w-]{0,22}?\b(storage|rom|internal|onboard|on-board|built-in|flash|ufs|space|capacity|models?|variants?|versions?|options?|configurations?|edition|ssd|drive)\b/i;
const COMPARED = /\b(?:from|than|versus|vs\.?|compared\s(?:to|with)|over|like)\s(?:the\s|its\s|a\s)?(?:[\w-]+\s)?$/i;
const SKIP_BEFORE =
  /(micro-?sd|memory\scard|expand|expandable|cloud|data|download|file|update|patch|install)[^.]{0,30}$/i;

function classify(text: string, a: Amount): Amount['kind'] {
  const after = text.slice(a.end, a.end + 40);
  const ram = RAM_AFTER.exec(after);
  const storage = STORAGE_AFTER.exec(after);
  const at = (m: RegExpExecArray) => m[0].length - (m[1]?.length ?? 0);
  if (ram && (!storage || at(ram) <= at(storage))) {
    // "internal memory" is storage.
    return /internal|onboard|built-in|storage/i.test(ram[0]) ? 'storage' : 'ram';
  }
  if (storage) return 'storage';
  return null;
}

export const memory: Component = {
  name: 'memory',
  kind: 'parser',
  requires: ['sentence'],
  assigns: ['spec'],
  run(doc) {
    const text = doc.text;
    const lower = doc.lower();
    if (!lower.includes('gb') && !lower.includes('tb') && !lower.includes('mb')) return;
    // One scan over the text; amounts are then taken sentence by sentence.
    const found: { start: number; end: number; gb: number[] }[] = [];
    const re = AMOUNT;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const unit = m[2]?.toUpperCase();
      // Gigabytes; a watch's "768MB of RAM" is 0.768.
      const scale = unit === 'TB' ? 1000 : unit === 'MB' ? 0.001 : 1;
      const gb = (m[1] ?? '').split('/').map((s) => Number(s.trim()) * scale);
      if (gb.some((n) => !Number.isFinite(n) || n <= 0 || n > 16000)) continue;
      found.push({ start: m.index, end: m.index + m[0].length, gb });
    }
    let next = 0;
    for (const sentence of doc.layer('sentence')) {
      const amounts: Amount[] = [];
      let comparing = false;
      while (next < found.length && found[next]!.start < sentence.start) next++;
      for (; next < found.length && found[next]!.start < sentence.end; next++) {
        const f = found[next]!;
        if (SKIP_BEFORE.test(text.slice(Math.max(sentence.start, f.start - 40), f.start))) continue;
        // "a big jump from the 4GB and 32GB of the 2017 Switch": another device's memory, left out of this one's list.
        if (COMPARED.test(text.slice(Math.max(sentence.start, f.start - 28), f.start))) {
          comparing = true;
          continue;
        }
        if (comparing && /^\s?(?:and|or|,|\/)\s?$/.test(text.slice(found[next - 1]?.end ?? f.start, f.start))) continue;
        comparing = false;
        amounts.push({ ...f, kind: null });
      }
      if (amounts.length === 0) continue;
      for (const a of amounts) a.kind = classify(text, a);
      // Amounts joined by "or", "/", "," share the kind of the next one with a kind word ("8GB or 16GB of storage").
      for (let k = amounts.length - 2; k >= 0; k--) {
        const a = amounts[k]!;
        const b = amounts[k + 1]!;
        if (a.kind === null && /^\s?(?:or|\/|,|and|to|, or|, and)\s?$/i.test(text.slice(a.end, b.start)))
          a.kind = b.kind;
      }
      // "the 6GB/128GB model": memory, then storage, written as one configuration.
      for (let k = 0; k + 1 < amounts.length; k++) {
        const a = amounts[k]!;
        const b = amounts[k + 1]!;
        if (
          a.gb.length === 1 &&
          b.gb.length === 1 &&
          a.gb[0]! <= 24 &&
          b.gb[0]! >= 32 &&
          /^\s?\/\s?$/.test(text.slice(a.end, b.start))
        ) {
          a.kind = 'ram';
          b.kind = 'storage';
        }
      }
      // "a special edition will pack 8GB and 256GB", in a sentence about memory: memory, then storage.
      const aboutMemory = /\b(ram|memory|storage)\b/i.test(text.slice(sentence.start, sentence.end));
      for (let k = 0; aboutMemory && k + 1 < amounts.length; k++) {
        const a = amounts[k]!;
        const b = amounts[k + 1]!;
        if (a.kind !== null || b.kind !== null || a.gb.length !== 1 || b.gb.length !== 1) continue;
        if (a.gb[0]! <= 24 && b.gb[0]! >= 32 && /^\s?(?:and|&|\+|\/|with)\s?$/i.test(text.slice(a.end, b.start))) {
          a.kind = 'ram';
          b.kind = 'storage';
        }
      }
      // "12GB + 256GB": memory first, then storage.
      for (let k = 0; k + 1 < amounts.length; k++) {
        const a = amounts[k]!;
        const b = amounts[k + 1]!;
        if (/^\s?\+\s?$/.test(text.slice(a.end, b.start))) {
          a.kind ??= 'ram';
          b.kind ??= 'storage';
        }
      }
      // "storage options of 256GB, 512GB and 1TB": a kind word just before a list without its own.
      for (let k = 0; k < amounts.length; k++) {
        const first = amounts[k]!;
        if (first.kind !== null) continue;
        // The kind word must lead this amount, not belong to the one before ("32GB of RAM and a 2TB").
        const from = Math.max(sentence.start, amounts[k - 1]?.end ?? 0, first.start - 30);
        const lead = text.slice(from, first.start).toLowerCase();
        const kind = /\b(storage|rom|capacity|capacities|ssd)\b[\w\s]{0,16}$/.test(lead)
          ? 'storage'
          : /\b(ram|memory)\b[\w\s]{0,16}$/.test(lead)
            ? 'ram'
            : null;
        if (!kind) continue;
        for (let n = k; n < amounts.length && amounts[n]!.kind === null; n++) {
          if (n > k && !/^\s?(?:or|\/|,|and|, and|, or)\s?$/i.test(text.slice(amounts[n - 1]!.end, amounts[n]!.start)))
            break;
          amounts[n]!.kind = kind;
        }
      }
      // "the 12GB/256GB model": a memory/storage configuration, not two storage options.
      const expanded: Amount[] = [];
      for (const a of amounts) {
        const [ram, storage] = a.gb;
        if (a.gb.length === 2 && ram! <= 24 && storage! >= 32) {
          expanded.push({ ...a, gb: [ram!], kind: 'ram' }, { ...a, gb: [storage!], kind: 'storage' });
        } else expanded.push(a);
      }
      amounts.splice(0, amounts.length, ...expanded);
      // Every option a sentence gives for one kind is one claim: "8GB or 16GB", "the 128GB version …
      // and the 256GB version".
      for (const kind of ['ram', 'storage'] as const) {
        const mine = amounts.filter((x) => x.kind === kind);
        if (mine.length === 0) continue;
        const unique = [...new Set(mine.flatMap((x) => x.gb))].sort((x, y) => x - y);
        const attribute = kind === 'ram' ? 'ram_gb' : 'storage_gb';
        const span: Span<ValueSpan> = {
          start: mine[0]!.start,
          end: mine[mine.length - 1]!.end,
          label: attribute,
          value: { attribute, value: unique.length === 1 ? unique[0]! : unique },
          by: ['parsers/memory'],
        };
        doc.add('spec', span);
      }
    }
  },
};
