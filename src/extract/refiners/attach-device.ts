// Which device each value is about, in order of strength:
// 1. the device the value directly modifies ("the £135 SIM-free Moto G handset", "a $599 iPad");
// 2. "the handset"/"the new phone" between the last named device and the value: the device in focus;
// 3. the device named last before the value in its sentence, unless that mention is only a
//    comparison ("than the Galaxy S5") not tied to the value by a participle ("the Z1 released in…");
// 4. "it": the device that was the subject of an earlier sentence in the paragraph;
// 5. the device in focus.
// "the same 20.7-megapixel camera as the Z1" is a claim about both devices.
import type { Component } from '../component.js';
import type { Doc, Span } from '../doc.js';
import type { ValueSpan } from '../parsers/regex-parser.js';
import type { KindedDate } from './date-kind.js';
import { BRAND_SPELLINGS } from '../lexicon/brands.js';
import { sentenceIndexAt, type ClaimSpan } from './claim-span.js';
import { deviceFacts, type ResolvedMention } from './resolve-devices.js';

const SHARES = /\b(keeps?|keeping|retains?|inherits?|borrows?|shares?|carr(?:y|ies)\sover|same)\b/i;
const MAIN_VERB =
  /\b(will|is|are|was|were|has|have|had|gets|get|packs|features|sports|comes|offers|boasts|also|could|may|might|should)\b|,|;|\band\s[A-Z]/;
const RELATIVE = /\b(?:which|that|who)\s(?:is|are|was|were|will\sbe|has\sbeen)\b/g;
const PARTICIPLE =
  /^\s(?:[\w-]+\s){0,3}?(?:released|launched|announced|unveiled|debuted|introduced|arriving|shipping|set\sto|scheduled|due|slated|which|that|unpacked|event|smartphone|phone|handset|tablet|watch)\b/i;
const HEAD_NOUN_GAP = /^\s(?:[\w-]+\s){0,2}$/;
const NOT_MODIFIER =
  /\b(than|as|like|from|over|with|to|of|and|or|for|on|in|the|a|an|is|will|its|that|which|at|by|per)\b/i;
const FOCUS_ANAPHOR =
  /\b(the|this)\s(?:new\s|upcoming\s|rumou?red\s|purported\s|alleged\s|latest\s|next\s)?(handset|device|phone|smartphone|unit|flagship|tablet|watch|smartwatch|laptop|console)\b/i;

function mentionsIn(doc: Doc, from: number, to: number): Span<ResolvedMention>[] {
  return doc.inside<ResolvedMention>('device', from, to);
}

/** Devices named in [from, to) as themselves, not only compared with. */
function namedIn(doc: Doc, from: number, to: number): Span<ResolvedMention>[] {
  return mentionsIn(doc, from, to).filter((d) => d.value!.role !== 'comparative');
}

const BRAND_AS_SUBJECT = new RegExp(
  `\\b(${Object.keys(BRAND_SPELLINGS)
    .map((b) => b.charAt(0).toUpperCase() + b.slice(1))
    .join('|')})\\s(?:is\\s|are\\s|has\\s|will\\s)?[a-z]+ing\\b`,
  'g',
);

/** "…, and Microsoft preparing to launch Windows 10 on July 29": the value belongs to another maker's clause. */
function inOtherMakersClause(doc: Doc, from: number, v: Span, device: string): boolean {
  const re = BRAND_AS_SUBJECT;
  const text = doc.text.slice(from, v.start);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let other = false;
  while (!other && (m = re.exec(text)) !== null) {
    const brand = BRAND_SPELLINGS[(m[1] ?? '').toLowerCase()];
    if (brand && !device.toLowerCase().startsWith(brand.toLowerCase())) other = true;
  }
  re.lastIndex = 0;
  return other;
}

function deviceFor(doc: Doc, v: Span, s: Span, paragraph: Span | undefined, focus: string | null): string | null {
  const head = mentionsIn(doc, v.end, Math.min(s.end, v.end + 30))[0];
  if (head) {
    const gap = doc.text.slice(v.end, head.start);
    if (HEAD_NOUN_GAP.test(gap) && !NOT_MODIFIER.test(gap)) return head.value!.name;
    // "6.3 inches on the iPhone 16 Pro", "a 6.7-inch screen for the Plus"
    if (/^\s(?:[\w-]+\s){0,2}(?:on|for|of|in|from)\s(?:the\s|last\syear['’]s\s)?$/.test(gap)) return head.value!.name;
  }
  const before = mentionsIn(doc, s.start, v.start);
  const last = before[before.length - 1];
  if (last && FOCUS_ANAPHOR.test(doc.text.slice(last.end, v.start))) return focus;
  for (let k = before.length - 1; k >= 0; k--) {
    const d = before[k]!;
    const between = doc.text.slice(d.end, v.start);
    if (d.value!.role !== 'comparative') {
      if (!/;|\band\s[A-Z][a-z]+\s(?:is|are|was|has|preparing|plans)/.test(between)) return d.value!.name;
      continue;
    }
    if (between.length < 60 && PARTICIPLE.test(between) && !MAIN_VERB.test(between.replace(RELATIVE, '')))
      return d.value!.name;
  }
  const anaphor = FOCUS_ANAPHOR.exec(doc.text.slice(s.start, v.start));
  if (anaphor) {
    // "the new phone" is the story's device; a plain "the phone" in a round-up is the one this
    // paragraph is about.
    if (/\b(?:new|upcoming|rumou?red|purported|alleged|latest|next)\b/i.test(anaphor[0]) || !paragraph) return focus;
    const named = namedIn(doc, Math.max(paragraph.start, s.start - 600), s.start);
    return named[named.length - 1]?.value!.name ?? focus;
  }
  // "That phone, which launched last July": the device named last, in this paragraph or the one before.
  if (/\bthat\s(?:handset|device|phone|smartphone|model|tablet|watch|one)\b/i.test(doc.text.slice(s.start, v.start))) {
    const earlier = doc.inside<ResolvedMention>('device', Math.max(0, s.start - 400), s.start);
    const named = earlier[earlier.length - 1];
    if (named) return named.value!.name;
  }
  if (paragraph) {
    // "It" reaches back a few sentences, not through a whole (possibly endless) paragraph.
    const subjects = mentionsIn(doc, Math.max(paragraph.start, s.start - 600), s.start).filter(
      (d) => d.value!.role === 'subject',
    );
    const last = subjects[subjects.length - 1];
    if (last) return last.value!.name;
  }
  return focus;
}

export const attachDevice: Component = {
  name: 'attach-device',
  kind: 'refiner',
  requires: ['device', 'price', 'date', 'spec', 'sentence', 'paragraph'],
  assigns: ['claim'],
  run(doc, ctx) {
    const { focus, devices } = deviceFacts(doc);
    const sentences = doc.layer('sentence');
    const values = [
      ...doc.layer<ValueSpan>('price'),
      ...doc.layer<ValueSpan>('spec'),
      ...doc
        .layer<KindedDate>('date')
        .map((d) => ({ ...d, value: { attribute: d.value!.attribute, value: d.value!.interval } as ValueSpan })),
    ].sort((a, b) => a.start - b.start);
    const claims: ClaimSpan[] = [];
    for (const v of values) {
      if (!v.value) continue;
      const si = sentenceIndexAt(doc, v.start);
      const s = sentences[si]!;
      const paragraph = doc.spanAt('paragraph', s.start);
      const device = deviceFor(doc, v, s, paragraph, focus);
      if (!device) {
        ctx.debug(() => `attach-device: no device for «${doc.slice(v)}»`);
        continue;
      }
      const lastMention = mentionsIn(doc, s.start, v.start).pop();
      if (inOtherMakersClause(doc, lastMention?.end ?? s.start, v, device)) {
        ctx.debug(() => `attach-device: «${doc.slice(v)}» stands in another maker's clause`);
        continue;
      }
      const by = [...v.by, 'refiners/attach-device'];
      const value = v.value;
      // One claim per device the value is about; later ones are the same value read for another device.
      // Every field is present from the start, so later refiners fill in drafts of one shape.
      const claimFor = (name: string, shared = false) =>
        claims.push({
          start: v.start,
          end: v.end,
          label: value.attribute,
          value: {
            attribute: value.attribute,
            value: value.value,
            qualifier: value.qualifier ?? null,
            source: null,
            evidence: null,
            certainty: 'rumored',
            confidence: 0.5,
            sentence: si,
            device: name,
            aboutOther: name !== focus,
            shared: shared || undefined,
            sourceKind: undefined,
            sourceCarried: undefined,
            sourceAt: undefined,
          },
          by: [...by],
        });
      claimFor(device);
      // "Both watches are expected at Apple's September event": the two devices just named.
      // ("both sizes", "both colours" are about one device.)
      if (
        /\b(?:both|the\stwo)\s(?:are|will|have|get|should|could|of\sthem|phones|watches|devices|handsets|models|tablets|laptops|consoles|smartphones)\b/i.test(
          doc.text.slice(s.start, v.start),
        )
      ) {
        const recent = namedIn(doc, Math.max(0, s.start - 600), s.start);
        const names = [...new Set(recent.map((m) => m.value!.name).reverse())].slice(0, 2);
        if (names.length === 2 && names.includes(device)) {
          claimFor(names.find((n) => n !== device)!);
        }
      }
      // "the X100 series will be launched…": every device of the series.
      if (
        lastMention &&
        /^\s(?:series|line-?up|family|range)\b/i.test(doc.text.slice(lastMention.end, lastMention.end + 9))
      ) {
        for (const other of devices) {
          if (other.name !== device && other.name.startsWith(`${device} `)) claimFor(other.name);
        }
      }
      // "It is said to keep the Z1's 20.7MP camera": the value is the Z1's, and the subject's too.
      const possessive = lastMention && /^['’]s\s/.test(doc.text.slice(lastMention.end, lastMention.end + 3));
      if (
        possessive &&
        lastMention.value!.name === device &&
        focus &&
        focus !== device &&
        v.start - lastMention.end < 24 &&
        SHARES.test(doc.text.slice(s.start, v.start))
      ) {
        claims[claims.length - 1]!.value!.shared = true;
        claimFor(focus);
      }
      // "the same 20.7-megapixel camera as the Z1"
      if (/\bsame\b/i.test(doc.text.slice(Math.max(s.start, v.start - 25), v.start))) {
        const other = mentionsIn(doc, v.end, Math.min(s.end, v.end + 45)).find((d) =>
          /\bas\s(?:the\s|its\s)?$/i.test(doc.text.slice(v.end, d.start).slice(-8)),
        );
        const name = other?.value!.name;
        if (name && name !== device) claimFor(name, true);
      }
    }
    doc.setLayer('claim', claims);
  },
};
