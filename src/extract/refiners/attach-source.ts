// Who each claim is credited to, carried only as far as the text carries it: a credit in the claim's
// own sentence; else the credit of an earlier sentence in the same paragraph; else, for a sentence
// that reports ("is said to", "apparently", "is listed with"), the last source the article named, or
// the one it names in the next paragraph ("…, the source of the new intel"). Unnamed origins
// ("reports", "rumors") stop the carry: the claim's source is null. Evidence comes from cues in the
// same sentence, else from the source's own sentence.
import type { EvidenceKind } from '../../core/types.js';
import type { Component } from '../component.js';
import type { Doc, Span } from '../doc.js';
import type { SourceValue } from '../parsers/source-credit.js';
import { paragraphIndexAt, type ClaimSpan } from './claim-span.js';
import { BRAND_SPELLINGS } from '../lexicon/brands.js';
import { firstStartingAt } from '../util/spans.js';
import { deviceFacts } from './resolve-devices.js';

const REPORTING =
  /\b(said\sto|is\sclaimed|are\sclaimed|claimed\sto|apparently|allegedly|reportedly|tipped|is\slisted|are\slisted|listed\swith|listing|leak|purported|rumou?r|if\saccurate|if\strue|expected\sto|could|suggest|seemingly|will\s(?:also\s)?(?:feature|sport|come|pack|have|run|ship|offer|get))/i;

const CONTINUATION =
  /^(?:That|This|These|Those|It|Its|He|She|They|Also|Additionally|Plus|Further|Furthermore|The\s(?:[\w-]+\s)?(?:leak|leaks|listing|listings|report|leaker|tipster|post|publication|spec-sheet|spec\ssheet|specs|specifications|documents?|filings?|certification|listing))\b/;

/** "Kuo" after "analyst Ming-Chi Kuo": a surname stands for the full name the article gave. */
function fullNameOf(name: string | null, fullNames: ReadonlyMap<string, string>): string | null {
  if (!name || name.includes(' ')) return name;
  return fullNames.get(name) ?? name;
}

/** Surname → the first full name that ends with it, for every multi-word name the article credits. */
function fullNamesBySurname(named: readonly Span<SourceValue>[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const n of named) {
    const name = n.value!.name;
    const surname = name?.split(' ').pop();
    if (name && surname && surname !== name && !map.has(surname)) map.set(surname, name);
  }
  return map;
}

/** Index of the last span that starts before `pos` (spans sorted by start), or -1. */
function lastBefore(spans: readonly Span[], pos: number): number {
  return firstStartingAt(spans, pos) - 1;
}

/** The last span before `pos` that passes `ok`, looking back through at most `limit` of them. */
function lastBeforeWhere<V>(
  spans: readonly Span<V>[],
  pos: number,
  ok: (s: Span<V>) => boolean,
  limit = 64,
): Span<V> | undefined {
  for (let k = lastBefore(spans, pos), n = 0; k >= 0 && n < limit; k--, n++) if (ok(spans[k]!)) return spans[k];
  return undefined;
}

/** The span starting nearest to `at`; of equals, the first. */
function nearest<V>(spans: readonly Span<V>[], at: number): Span<V> | undefined {
  let best: Span<V> | undefined;
  for (const x of spans) if (!best || Math.abs(x.start - at) < Math.abs(best.start - at)) best = x;
  return best;
}

const RUMOUR = /\b(tipped|rumou?red|said\sto|reportedly|leak\w*|allegedly|purported)\b/i;
const MAKERS = new Set(Object.values(BRAND_SPELLINGS).map((b) => b.toLowerCase()));

/** A maker credited by name ("Honor has confirmed"). */
export function isMaker(name: string | null | undefined): boolean {
  return !!name && MAKERS.has(name.toLowerCase());
}

const WRITERS_OWN =
  /\b(?:we['’]d\s(?:expect|guess|bet|wager)|we\s(?:expect|think|reckon|suspect|believe)|our\s(?:guess|bet|money))\b/i;

const SUBORDINATE = /\b(after|before|when|while|since|unlike|like|than|as)\s(?:\w+\s){0,2}$/i;

interface Resolved {
  name: string | null;
  kind: 'named' | 'regulator' | 'maker' | null;
  evidence?: EvidenceKind;
  at: number;
}

function resolveSpan(doc: Doc, s: Span<SourceValue>, named: Span<SourceValue>[]): Resolved {
  const v = s.value!;
  if (v.kind === 'unnamed') return { name: null, kind: null, at: s.start };
  if (v.kind === 'maker') {
    const { devices, focus } = deviceFacts(doc);
    const brand = v.name ?? devices.find((d) => d.name === focus)?.brand ?? null;
    return { name: brand, kind: brand ? 'maker' : null, evidence: v.evidence, at: s.start };
  }
  if (v.kind === 'anaphor') {
    const phrase = doc.slice(s).toLowerCase();
    const wantRegulator = /listing|filing/.test(phrase);
    const last =
      lastBeforeWhere(named, s.start, (n) => !wantRegulator || n.value!.kind === 'regulator') ??
      named[lastBefore(named, s.start)];
    return last ? resolveSpan(doc, last, named) : { name: null, kind: null, at: s.start };
  }
  return {
    name: v.name,
    kind: v.kind === 'regulator' ? 'regulator' : 'named',
    evidence: v.evidence,
    at: s.start,
  };
}

function pick(doc: Doc, spans: Span<SourceValue>[], named: Span<SourceValue>[], at: number): Resolved | null {
  if (spans.length === 0) return null;
  const origin = spans.find((s) => s.value!.origin);
  if (origin) return resolveSpan(doc, origin, named);
  const regulator = spans.find((s) => s.value!.kind === 'regulator');
  if (regulator) return resolveSpan(doc, regulator, named);
  const credited = spans.filter((s) => s.value!.kind !== 'unnamed');
  if (credited.length > 0) {
    return resolveSpan(doc, nearest(credited, at)!, named);
  }
  return resolveSpan(doc, spans[0]!, named);
}

export const attachSource: Component = {
  name: 'attach-source',
  kind: 'refiner',
  requires: ['claim', 'source', 'evidence', 'sentence', 'paragraph', 'device'],
  assigns: ['claim'],
  run(doc) {
    const sentences = doc.layer('sentence');
    const paragraphs = doc.layer('paragraph');
    const sources = doc.layer<SourceValue>('source');
    const named = sources.filter((s) => s.value!.kind === 'named' || s.value!.kind === 'regulator');
    const fullNames = fullNamesBySurname(named);
    // Per-sentence look-ups, made once: the layers do not change while this refiner runs.
    const sourcesBySentence = new Map<number, Span<SourceValue>[]>();
    const inSentence = (k: number) => {
      let spans = sourcesBySentence.get(k);
      if (!spans) {
        const s = sentences[k]!;
        spans = doc.startingIn<SourceValue>('source', s.start, s.end);
        sourcesBySentence.set(k, spans);
      }
      return spans;
    };
    const textOf = (k: number) => doc.slice(sentences[k]!);
    const rumourIn = new Map<number, boolean>();
    const isRumour = (k: number) => {
      let r = rumourIn.get(k);
      if (r === undefined) {
        r = RUMOUR.test(textOf(k));
        rumourIn.set(k, r);
      }
      return r;
    };
    // The credit each sentence's claims ended up with, so the next sentence can carry it on.
    const creditOf = new Map<number, Resolved>();
    // A sentence without credits of its own gets the same carried credit for every claim in it.
    const carriedFor = new Map<number, Resolved | null>();
    const carriedCredit = (si: number, s: Span): Resolved | null => {
      // "We'd expect it to cost over £500": the writer's own guess is credited to no one.
      if (WRITERS_OWN.test(textOf(si))) return null;
      const rumour = isRumour(si);
      // Back through the paragraph, and into the one before when this one continues it ("That's…").
      const pi = paragraphIndexAt(doc, s.start);
      const p = paragraphs[pi]!;
      const continues = CONTINUATION.test(doc.text.slice(p.start, p.start + 40)) && pi > 0;
      const floor = continues ? paragraphs[pi - 1]!.start : p.start;
      // Bounded: a credit reaches a few sentences, even in a paragraph that never ends.
      for (let k = si - 1; k >= 0 && k >= si - 12 && sentences[k]!.start >= floor; k--) {
        // An unnamed origin in another sentence ("if the rumours are to be believed") credits no one
        // here, and a maker's statement does not carry into a sentence of tips and rumours.
        const spans = inSentence(k).filter(
          (x) => x.value!.kind !== 'unnamed' && !(rumour && (x.value!.kind === 'maker' || isMaker(x.value!.name))),
        );
        const carriedOn = creditOf.get(k);
        const found =
          pick(doc, spans, named, sentences[k]!.end) ??
          (carriedOn && !(rumour && isMaker(carriedOn.name)) ? carriedOn : null);
        if (found) return found;
      }
      if (!REPORTING.test(textOf(si))) return null;
      // The story's source, not one named in passing ("Just days after X leaked images, …").
      const last = lastBeforeWhere(
        named,
        s.start,
        (n) =>
          !SUBORDINATE.test(doc.text.slice(Math.max(0, n.start - 24), n.start)) && !(rumour && isMaker(n.value!.name)),
      );
      if (last) return resolveSpan(doc, last, named);
      const next = paragraphs[pi + 1];
      const ahead = next
        ? doc.startingIn<SourceValue>('source', next.start, next.end).filter((n) => n.value!.kind !== 'unnamed')
        : [];
      return pick(doc, ahead, named, next?.start ?? 0);
    };
    for (const c of doc.layer<ClaimSpan['value']>('claim') as ClaimSpan[]) {
      const d = c.value!;
      const s = sentences[d.sentence]!;
      const own = inSentence(d.sentence);
      let found = pick(doc, own, named, c.start);
      const carried = !found;
      if (!found) {
        let memo = carriedFor.get(d.sentence);
        if (memo === undefined) {
          memo = carriedCredit(d.sentence, s);
          carriedFor.set(d.sentence, memo);
        }
        found = memo;
      }
      if (found) {
        if (found.name && !creditOf.has(d.sentence)) creditOf.set(d.sentence, found);
        d.source = fullNameOf(found.name, fullNames);
        d.sourceKind = found.kind;
        d.sourceCarried = carried;
        d.sourceAt = found.at;
        c.by.push('refiners/attach-source');
      }
      // Evidence: the credit's own, else the nearest cue in the claim's sentence, else in the sentence
      // the credit came from.
      if (found?.evidence != null) {
        d.evidence = found.evidence;
        continue;
      }
      let ev = doc.startingIn<EvidenceKind>('evidence', s.start, s.end);
      if (ev.length === 0 && found && found.at < s.start) {
        const src = doc.spanAt('sentence', found.at);
        if (src) ev = doc.startingIn<EvidenceKind>('evidence', src.start, src.end);
      }
      d.evidence = nearest(ev, c.start)?.value ?? null;
    }
  },
};
