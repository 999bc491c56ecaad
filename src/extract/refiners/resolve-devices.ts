// Device identity within one article: full names with brand, short mentions ("the Z2") linked to
// the device they abbreviate, "Moto G" folded into "Moto G (2015)" when the article is about that
// one, the device in focus chosen, and relations (variant_of, successor_of, compared_with) read.
import type { Device, DeviceRelation } from '../../core/types.js';
import type { Component } from '../component.js';
import type { Doc, Span } from '../doc.js';
import { BRAND_SPELLINGS, VARIANT_SUFFIXES } from '../lexicon/brands.js';
import type { DeviceMention } from '../parsers/device-name.js';
import { bare } from '../util/tokens.js';
import { mentionRoles, type MentionRole } from './device-roles.js';

export interface ResolvedMention extends DeviceMention {
  /** The device's full name, brand included: the identity claims attach to. */
  name: string;
  role?: MentionRole;
}

export interface DeviceFacts {
  devices: Device[];
  focus: string | null;
  /** Devices the article marks as older ("the original X", "last year's X"). */
  older: string[];
}

export function deviceFacts(doc: Doc): DeviceFacts {
  return (doc.facts.devices as DeviceFacts | undefined) ?? { devices: [], focus: null, older: [] };
}

/** Names a maker also writes short ("PS5" for "PlayStation 5"), spelled out so both are one device. */
const SPELLED_OUT: readonly [RegExp, string][] = [[/^PS(\d)\b/, 'PlayStation $1']];

function fullName(m: DeviceMention): string {
  for (const [short, long] of SPELLED_OUT) m.model = m.model.replace(short, long);
  if (!m.brand) return m.model;
  if (m.model.toLowerCase().startsWith(m.brand.toLowerCase())) return m.model;
  // "Xiaomi Redmi Note 8 Pro" is sold as "Redmi Note 8 Pro": a sub-brand names the device itself.
  const first = m.model.split(' ')[0]?.toLowerCase() ?? '';
  if (first !== m.brand.toLowerCase() && BRAND_SPELLINGS[first]) return m.model;
  return `${m.brand} ${m.model}`;
}

function key(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim();
}

const SUFFIXES = new Set(VARIANT_SUFFIXES);
const OLDER_MARK = /\b(original|first|previous|older|old|outgoing|existing|current|last\syear['’]s|(?:19|20)\d\d)\s$/i;

/** "Galaxy S4 Mini" → "Galaxy S4"; "Xperia Z1s" → "Xperia Z1"; null when there is no variant suffix. */
function baseOf(name: string): string | null {
  const words = name.split(' ');
  const last = words[words.length - 1] ?? '';
  if (words.length > 2 && SUFFIXES.has(last) && last !== 's') return words.slice(0, -1).join(' ');
  if (/^[A-Z]+\d+s$/.test(last)) return [...words.slice(0, -1), last.slice(0, -1)].join(' ');
  return null;
}

/** "Xperia Z2" → ["Xperia Z", "2", ""]: the stem, the last number and a letter after it. */
function numberSuffix(name: string): [string, string, string, string] | null {
  // Read from the end rather than with an unanchored regex, which backtracks on long digit-letter runs.
  let end = name.length;
  const letter = end > 0 && /[A-Za-z]/.test(name[end - 1]!) ? name[--end]! : '';
  let start = end;
  while (start > 0 && name.charCodeAt(start - 1) >= 48 && name.charCodeAt(start - 1) <= 57) start--;
  if (start === end) return null;
  return [name.slice(start), name.slice(0, start), name.slice(start, end), letter];
}

/**
 * True when `other` is of the same product line as `focus` and not older: "iPhone 15 Pro" beside
 * "iPhone 15", "Galaxy S25 Ultra" beside "Galaxy S25". Such a device is as unreleased as the focus.
 */
export function isSameGeneration(other: string, focus: string): boolean {
  const strip = (n: string) =>
    n
      .replace(/[()]/g, '')
      .split(' ')
      .filter((w) => !SUFFIXES.has(w) && !/^(FE|Pro|Plus|Max|Ultra|Lite|Mini|Air|Edge)\+?$|^\+$/.test(w))
      .map((w) => (w.endsWith('+') ? w.slice(0, -1) : w))
      .join(' ');
  const a = numberOf(strip(other));
  const b = numberOf(strip(focus));
  return a !== null && b !== null && a.stem === b.stem && a.n >= b.n;
}

function numberOf(name: string): { stem: string; n: number } | null {
  const m = numberSuffix(name.replace(/ \(\d{4}\)$/, ''));
  return m ? { stem: (m[1] ?? '') + '|' + (m[3] ?? ''), n: Number(m[2]) } : null;
}

export const resolveDevices: Component = {
  name: 'resolve-devices',
  kind: 'refiner',
  requires: ['device', 'paragraph', 'sentence'],
  assigns: ['device'],
  run(doc, ctx) {
    const spans = doc.layer<ResolvedMention>('device');
    for (const s of spans) if (s.value) s.value.name = fullName(s.value);
    // "Galaxy S10 Plus" and "Galaxy S10+" are one device: the article's first spelling names it.
    const firstSpelling = new Map<string, string>();
    for (const s of spans) {
      const plusKey = s.value!.name.replace(/\s?\+$|\sPlus$/, ' plus');
      const seen = firstSpelling.get(plusKey);
      if (seen) s.value!.name = seen;
      else firstSpelling.set(plusKey, s.value!.name);
    }
    // Fold "Moto G" into "Moto G (2015)" when the article names the year version.
    const names = new Set(spans.map((s) => s.value!.name));
    // "the original Galaxy Watch Active", "the 2017 Switch": a name the article marks as the older
    // device stays that device.
    const older = new Set(
      spans
        .filter((s) => OLDER_MARK.test(doc.text.slice(Math.max(0, s.start - 24), s.start)))
        .map((s) => s.value!.name),
    );
    for (const s of spans) {
      const withYear = [...names].filter((n) => n.startsWith(s.value!.name + ' (') && /\(\d{4}\)$/.test(n));
      if (withYear.length === 1) s.value!.name = withYear[0]!;
      // "Galaxy Watch" in an article about the "Galaxy Watch 7": a name without a model number
      // stands for the one device it begins, when there is exactly one.
      if (!/\d/.test(s.value!.name) && !older.has(s.value!.name)) {
        const longer = [...names].filter((n) => n.startsWith(s.value!.name + ' ') && /\d/.test(n) && !older.has(n));
        if (longer.length === 1) s.value!.name = longer[0]!;
      }
    }
    // Short mentions: "the Z2" for "Sony Xperia Z2", once the article has named it in full; and
    // "the smaller P20" beside "Huawei P20 Pro" names the base model, "Huawei P20".
    const shortForms = new Map<string, string>();
    for (const s of spans) {
      const v = s.value!;
      const rest = (v.line ? v.model.slice(v.line.length) : v.model).trim().replace(/ \(\d{4}\)$/, '');
      const [head, ...suffixes] = rest.split(' ');
      if (!head || !/\d/.test(head) || !/[A-Za-z]/.test(head) || head.length < 2 || shortForms.has(head)) continue;
      const base = [v.brand, v.line, head].filter(Boolean).join(' ');
      shortForms.set(head, suffixes.length === 0 ? v.name : base);
    }
    // "the Plus", "the FE+": a suffix alone names the one device whose name ends with it.
    const bySuffix = new Map<string, string | null>();
    for (const s of spans) {
      const last = s.value!.name.split(' ').pop() ?? '';
      if (/^(Plus|Pro|Max|Ultra|Mini|mini|Lite|FE\+?|Fold|Flip|XL)$/.test(last))
        bySuffix.set(last, bySuffix.has(last) && bySuffix.get(last) !== s.value!.name ? null : s.value!.name);
    }
    for (const [suffix, name] of bySuffix) if (name && !shortForms.has(suffix)) shortForms.set(`the ${suffix}`, name);
    // "P20 Pro" written without the brand: the head token with the suffixes of a known device.
    const withSuffixes = new Map<string, { rest: string; name: string }[]>();
    for (const s of spans) {
      const v = s.value!;
      const rest = (v.line ? v.model.slice(v.line.length) : v.model).trim();
      const [head, ...suffixes] = rest.split(' ');
      if (!head || suffixes.length === 0) continue;
      const list = withSuffixes.get(head) ?? [];
      if (!list.some((x) => x.name === v.name)) list.push({ rest: ` ${suffixes.join(' ')}`, name: v.name });
      withSuffixes.set(
        head,
        list.sort((a, b) => b.rest.length - a.rest.length),
      );
    }
    const valueOf = new Map(spans.map((s) => [s.value!.name, s.value!] as const));
    const added: Span<ResolvedMention>[] = [];
    if (shortForms.size > 0) {
      const tokens = doc.tokens();
      // The words that can start a short mention: a short form, one after "the", or one with a "+".
      const afterTheWords = new Set<string>();
      for (const k of shortForms.keys()) if (k.startsWith('the ')) afterTheWords.add(k.slice(4));
      for (let ti = 0; ti < tokens.length; ti++) {
        const t = tokens[ti]!;
        const word = bare(t);
        if (!shortForms.has(word) && !afterTheWords.has(word) && !word.endsWith('+')) continue;
        // The map first: the text before the word is read only for the few words that could follow "the".
        const afterThe = shortForms.get(`the ${word}`);
        const suffixed =
          afterThe !== undefined && /^the\s$/i.test(doc.text.slice(t.start - 4, t.start)) ? afterThe : undefined;
        // "the S9+" beside "Galaxy S9": the plus model of the device the article named.
        const plusOf = word.endsWith('+') ? shortForms.get(word.slice(0, -1)) : undefined;
        let name = shortForms.get(word) ?? suffixed ?? (plusOf ? `${plusOf}+` : undefined);
        if (!name) continue;
        let end = t.start + word.length;
        const fuller = withSuffixes.get(word)?.find((x) => doc.text.startsWith(x.rest, end));
        if (fuller && !suffixed) {
          name = fuller.name;
          end += fuller.rest.length;
          while (ti + 1 < tokens.length && tokens[ti + 1]!.start < end) ti++;
        }
        // A suffix alone is a name only when no model follows ("the Pro", not "the Pro 2").
        if (suffixed && /^\s\d/.test(doc.text.slice(t.end, t.end + 2))) continue;
        if (doc.overlapping('device', t.start, t.start + 1, 64).length > 0) continue;
        const like = valueOf.get(name) ?? {
          model: name.replace(/^\S+\s/, ''),
          brand: name.split(' ')[0] ?? null,
          line: null,
          year: null,
          name,
        };
        added.push({
          start: t.start,
          end,
          label: 'device',
          value: { ...like, name },
          by: ['refiners/resolve-devices'],
        });
      }
    }
    const all = [...spans, ...added];
    doc.setLayer('device', all);

    // The device in focus: named in the title, as a subject, first, most; not one only compared with.
    const score = new Map<string, number>();
    const firstPara = doc.layer('paragraph')[0];
    const sorted = doc.layer<ResolvedMention>('device');
    const roles = mentionRoles(doc, sorted);
    // A title is a line, not a page: only its start is read.
    const titleText = (doc.meta.title ?? (firstPara ? doc.slice(firstPara) : '')).slice(0, 300).toLowerCase();
    sorted.forEach((s, k) => {
      const v = s.value!;
      v.role = roles[k];
      let add = v.role === 'comparative' || v.role === 'older-subject' ? 0.25 : v.role === 'subject' ? 2 : 1;
      // Named in the title: the first device there most of all.
      if (firstPara && s.start < firstPara.end) add += k === 0 ? 5 : 4;
      if (k === 0) add += 1;
      if (v.brand && titleText.includes(v.brand.toLowerCase())) add += 0.5;
      score.set(v.name, (score.get(v.name) ?? 0) + add);
    });
    let focus: string | null = null;
    for (const [n, v] of score) if (focus === null || v > (score.get(focus) ?? 0)) focus = n;

    const byName = new Map<string, Device>();
    for (const s of sorted) {
      const v = s.value!;
      let d = byName.get(v.name);
      if (!d) {
        d = { name: v.name, brand: v.brand, aliases: [], relations: [] };
        byName.set(v.name, d);
      }
      const printed = doc.slice(s).replace(/['’]s$/, '');
      if (printed !== v.name && !d.aliases.includes(printed)) d.aliases.push(printed);
    }
    const devices = [...byName.values()];
    for (const d of devices) {
      const relations: DeviceRelation[] = [];
      const base = baseOf(d.name);
      if (base && key(base) !== key(d.name)) relations.push({ type: 'variant_of', device: base });
      if (d.name === focus) {
        const mine = numberOf(d.name);
        for (const other of devices) {
          if (other === d || relations.some((r) => r.device === other.name)) continue;
          const theirs = numberOf(other.name);
          if (mine && theirs && mine.stem === theirs.stem && theirs.n < mine.n)
            relations.push({ type: 'successor_of', device: other.name });
          else relations.push({ type: 'compared_with', device: other.name });
        }
      }
      d.relations = relations;
    }
    ctx.debug(() => `resolve-devices: focus ${focus ?? 'none'}; devices ${devices.map((d) => d.name).join(', ')}`);
    doc.facts.devices = { devices, focus, older: [...older] } satisfies DeviceFacts;
  },
};
