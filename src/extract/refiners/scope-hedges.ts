// How sure the article is of each claim. Scope: the claim's sentence, the writer's comment in the
// next sentence ("We'd be surprised if..."), and a general warning about the whole leak ("like all
// rumours, take it with a pinch of salt"), which reaches every later claim. Regulator filings and
// benchmark listings make a claim likely; an official launch article makes its device's claims
// official; facts stated about a device already on sale are official.
import type { Attribute, Certainty } from '../../core/types.js';
import type { Component } from '../component.js';
import type { Doc, Span } from '../doc.js';
import { PARENT_COMPANY } from '../lexicon/brands.js';
import { FUTURE_MARKERS } from '../lexicon/hedges.js';
import type { HedgeKind } from '../parsers/hedge.js';
import { isMaker } from './attach-source.js';
import type { ClaimSpan } from './claim-span.js';
import { deviceFacts, isSameGeneration, type ResolvedMention } from './resolve-devices.js';

const OFFICIAL_HEADLINE =
  /\b(launch(?:es|ed)|unveil(?:s|ed)|announc(?:es|ed)|releases|released|introduc(?:es|ed)|goes\sofficial|goes\sglobal|is\sofficial|now\sofficial|hands-on|review|takes\sthe\swraps\soff|debuts|debuted|officially\slaunched|confirms|confirmed|priced\sat|on\ssale|now\savailable|available\snow|starts\sat|starting\sat|arrives|lands)\b/i;
const RUMOR_HEADLINE =
  /\b(leak|leaks|leaked|rumou?rs?|rumou?red|tipped|expected|could|may|might|will|set\sto|spotted|surfaces?|renders?|reportedly|purported|alleged|tips?|certif\w*|tenaa|fcc|\?)\b/i;
// "Asus says", "according to Samsung": a maker speaking of its own device announces; "is said to" is a hedge.
const MAKER_CONFIRMS =
  /\b(confirm(?:s|ed)|announc(?:es|ed)|officially|has\ssaid|says|said(?!\sto)|according\sto|revealed\sofficially)\b/i;
const MILD_HEDGE = /\b(appears?|seemingly|apparently|it\sseems)\b/i;
const GENERAL_REFERENT =
  /\b(it|this|these|that|the\sleak|leaks|rumou?rs|all|everything|the\sreport|the\sdetails|the\sspecs)\b/i;

const TOPICS: readonly [RegExp, readonly Attribute[]][] = [
  [/\bresolution|pixels?\b/i, ['display_resolution']],
  [/\bscreen|display|panel\b/i, ['display_size_in', 'display_resolution', 'refresh_rate_hz']],
  [/\bbattery|mah\b/i, ['battery_mah', 'charging_w']],
  [/\bprice|pricing|cost|priced\b/i, ['price']],
  [/\bcamera|megapixel|sensor\b/i, ['rear_camera_mp', 'front_camera_mp']],
  [/\bram|memory\b/i, ['ram_gb']],
  [/\bstorage\b/i, ['storage_gb']],
  [/\bchip|processor|soc|chipset\b/i, ['chipset', 'cpu_cores', 'cpu_clock_ghz']],
  // "until the launch event" only says when; doubt about dates names them ("the launch date").
  [/\b(?:launch|release|announcement)\s(?:date|timing|window)|\bthe\sdate\b/i, ['announce_date', 'release_date']],
];

const BASE_CONFIDENCE: Readonly<Record<Certainty, number>> = {
  official: 0.95,
  likely: 0.8,
  rumored: 0.55,
  doubtful: 0.25,
};

function isOfficialArticle(doc: Doc): boolean {
  const sentences = doc.layer('sentence');
  const title = doc.meta.title ?? (sentences[0] ? doc.slice(sentences[0]) : '');
  if (OFFICIAL_HEADLINE.test(title) && !RUMOR_HEADLINE.test(title)) return true;
  const paragraphs = doc.layer('paragraph');
  const firstBody = sentences.find((s) => paragraphs[1] && s.start >= paragraphs[1].start);
  const lead = firstBody ? doc.slice(firstBody) : '';
  return (
    /\b(launched|unveiled|announced|took\sthe\swraps\soff|introduced)\b/i.test(lead) &&
    !RUMOR_HEADLINE.test(lead) &&
    !RUMOR_HEADLINE.test(title)
  );
}

const mentionCache = new WeakMap<Doc, Map<string, Span<ResolvedMention>[]>>();

/** A device's mentions, grouped once per document. */
function mentionsOf(doc: Doc, device: string): Span<ResolvedMention>[] {
  let byName = mentionCache.get(doc);
  if (!byName) {
    byName = new Map();
    for (const m of doc.layer<ResolvedMention>('device')) {
      const list = byName.get(m.value!.name) ?? [];
      list.push(m);
      byName.set(m.value!.name, list);
    }
    mentionCache.set(doc, byName);
  }
  return byName.get(device) ?? [];
}

/** In a launch article, another device of the same maker that is not an old model compared with. */
function isLaunchSibling(doc: Doc, c: Span, s: Span, device: string, brand: string | null): boolean {
  if (!brand || !device.toLowerCase().startsWith(brand.toLowerCase())) return false;
  if (deviceFacts(doc).older.includes(device)) return false;
  const mentions = mentionsOf(doc, device);
  if (mentions.length > 0 && mentions.every((m) => m.value?.role === 'comparative')) return false;
  const before = doc.text.slice(s.start, c.start).toLowerCase();
  return !/\b(last\syear|predecessor|older|previous|original|outgoing|current)\b/.test(before);
}

/** The sentence a credit stands in, or '' when there is none. */
function sourceSentence(doc: Doc, at: number | undefined): string {
  if (at === undefined) return '';
  const s = doc.spanAt('sentence', at);
  return s ? doc.slice(s) : '';
}

function topicAttributes(sentence: string): Set<Attribute> | null {
  // "screen resolutions" is about the resolution, not the screen's size.
  if (/\bresolutions?\b/i.test(sentence)) return new Set<Attribute>(['display_resolution']);
  const out = new Set<Attribute>();
  for (const [re, attrs] of TOPICS) if (re.test(sentence)) attrs.forEach((a) => out.add(a));
  return out.size > 0 ? out : null;
}

/** The text before the first comma or semicolon. */
function firstClause(text: string): string {
  let end = 0;
  while (end < text.length && text[end] !== ',' && text[end] !== ';') end++;
  return text.slice(0, end);
}

function hedgesIn(doc: Doc, from: number, to: number): Set<HedgeKind> {
  return new Set(doc.startingIn<HedgeKind>('hedge', from, to).map((h) => h.value!));
}

function clauseOf(doc: Doc, c: Span, sentence: Span): string {
  // The stretch from the last device mention before the value to the end of the value's phrase.
  const devices = doc.inside('device', sentence.start, c.start);
  let k = devices.length - 1;
  // "will announce the Galaxy A55 and Galaxy A35 this spring": the verb before a list reaches every item.
  while (k > 0 && /^\s?(?:,|and|or|&|, and)\s(?:the\s)?$/.test(doc.text.slice(devices[k - 1]!.end, devices[k]!.start)))
    k--;
  const first = devices[k];
  const from = first ? Math.max(sentence.start, first.start - 25) : sentence.start;
  const tail = doc.text.slice(c.end, sentence.end);
  const stop = tail.search(/[,;:(]/);
  return doc.text.slice(from, stop === -1 ? sentence.end : c.end + stop).toLowerCase();
}

export const scopeHedges: Component = {
  name: 'scope-hedges',
  kind: 'refiner',
  requires: ['claim', 'hedge', 'sentence', 'device'],
  assigns: ['claim'],
  run(doc, ctx) {
    const sentences = doc.layer('sentence');
    const claims = doc.layer('claim') as ClaimSpan[];
    const { devices, focus } = deviceFacts(doc);
    const official = isOfficialArticle(doc);
    const focusDevice = devices.find((d) => d.name === focus);
    const focusBrand = focusDevice?.brand ?? null;
    // "Xiaomi has launched the Redmi 13C": the company speaks for its sub-brand, when the story names it.
    const parent = focusBrand ? PARENT_COMPANY[focusBrand] : undefined;
    const brand = parent && doc.text.includes(parent) ? parent : focusBrand;
    const sameGeneration = new Map<string, boolean>();
    const sameGenerationAsFocus = (device: string): boolean => {
      let same = sameGeneration.get(device);
      if (same === undefined) {
        same = focus !== null && isSameGeneration(device, focus);
        sameGeneration.set(device, same);
      }
      return same;
    };
    const sentencesWithClaims = new Set(claims.map((c) => c.value!.sentence));
    // What each sentence says, read once however many claims stand in it or after it.
    const memo = <T>(read: (k: number) => T): ((k: number) => T) => {
      const cache = new Map<number, T>();
      return (k) => {
        if (cache.has(k)) return cache.get(k)!;
        const v = read(k);
        cache.set(k, v);
        return v;
      };
    };
    const textOf = memo((k) => doc.slice(sentences[k]!));
    const hedgesOf = memo((k) => hedgesIn(doc, sentences[k]!.start, sentences[k]!.end));
    const topicsOf = memo((k) => topicAttributes(textOf(k)));
    const paragraphOf = memo((k) => doc.spanAt('paragraph', sentences[k]!.start));
    const namesListing = memo((k) => /\b(?:list(?:s|ed|ing)|page|website|site|store|spec)\b/i.test(textOf(k)));
    const makerConfirms = memo((k) => MAKER_CONFIRMS.test(textOf(k)) && !/\b(?:may|might|could)\b/i.test(textOf(k)));
    const infers = memo((k) => /\b(suggest\w*|may|might|could)\b/i.test(textOf(k)));
    const namedDevices = memo((k) =>
      doc
        .inside<ResolvedMention>('device', sentences[k]!.start, sentences[k]!.end)
        .filter((m) => m.value!.role !== 'comparative')
        .map((m) => m.value!.name),
    );
    const commentsOnPrevious = memo((k) => {
      const s = sentences[k]!;
      return /^(?:this|that|which|we doubt|it seems|it sounds)\b[^.]{0,40}$/i.test(
        firstClause(doc.text.slice(s.start, Math.min(s.end, s.start + 40))),
      );
    });
    // Warnings about the whole leak, from the sentence where they stand onwards.
    let generalDoubtFrom = Infinity;
    sentences.forEach((s, k) => {
      if (sentencesWithClaims.has(k) || generalDoubtFrom !== Infinity) return;
      // Right after a sentence with claims, doubt comments on that sentence (handled below), not the story.
      const opensParagraph = paragraphOf(k)?.start === s.start;
      if (!opensParagraph && sentencesWithClaims.has(k - 1)) return;
      const h = hedgesOf(k);
      if (h.has('doubt') && !h.has('cancel') && GENERAL_REFERENT.test(textOf(k)) && !topicsOf(k)) {
        generalDoubtFrom = s.start;
        ctx.debug(() => `scope-hedges: general doubt from «${doc.slice(s)}»`);
      }
    });
    for (const c of claims) {
      const d = c.value!;
      const s = sentences[d.sentence]!;
      const sentenceText = textOf(d.sentence);
      const h = hedgesOf(d.sentence);
      let certainty: Certainty = 'rumored';
      const sibling = official && d.aboutOther && isLaunchSibling(doc, c, s, d.device, focusBrand);
      // In a rumour story, "the Pro models" of the same generation are as unreleased as the focus.
      // …but the base model of a rumoured "Compact" or "Mini" is already out.
      const baseOfFocus = focusDevice?.relations.some((r) => r.type === 'variant_of' && r.device === d.device);
      const upcoming = !official && d.aboutOther && focus !== null && !baseOfFocus && sameGenerationAsFocus(d.device);
      if (d.aboutOther && !sibling && !upcoming) {
        const clause = clauseOf(doc, c, s);
        // A spec the new device is said to share is stated as the older device's known spec.
        if (d.shared || !FUTURE_MARKERS.some((m) => clause.includes(m))) {
          // A fact about a device on sale is not credited to, or proved by, the leak beside it.
          certainty = 'official';
          d.source = null;
          d.sourceKind = null;
          d.evidence = null;
        }
      } else if (official && h.has('doubt') && !h.has('cancel')) {
        // A launch story that recalls a leak to debunk it ("the $1,399.99 slide turned out to be fake").
        certainty = 'doubtful';
      } else if (official) {
        certainty = 'official';
        if (!d.source && brand) {
          d.source = brand;
          d.sourceKind = 'maker';
        }
        d.evidence ??= 'official';
      }
      // "Honor has confirmed that it will launch the 9X on July 23": the maker's word is official.
      const makersListing = d.sourceKind === 'maker' && d.evidence === 'official' && namesListing(d.sentence);
      if (
        certainty !== 'official' &&
        (makersListing || (isMaker(d.source) && makerConfirms(d.sentence))) &&
        !h.has('doubt')
      ) {
        certainty = 'official';
        d.evidence = 'official';
      }
      if (certainty !== 'official') {
        // A filing or listing makes its specs likely; the writer's inferences from it ("suggests",
        // "may") and launch dates it cannot show stay rumors.
        const filed = d.sourceKind === 'regulator' || d.evidence === 'regulatory_filing' || d.evidence === 'benchmark';
        const inferred = infers(d.sentence);
        const isDate = d.attribute === 'announce_date' || d.attribute === 'release_date';
        // A listing carried over from another sentence says nothing about launch dates.
        const carriedToDate = isDate && d.sourceCarried;
        if (filed && !inferred && !carriedToDate) certainty = 'likely';
        else if (
          d.evidence === 'retail_listing' &&
          !MILD_HEDGE.test(sentenceText + sourceSentence(doc, d.sourceAt)) &&
          !carriedToDate
        )
          certainty = 'likely';
        if (h.has('likely') && !h.has('doubt')) certainty = 'likely';
        if (h.has('doubt') && !h.has('cancel')) certainty = 'doubtful';
        // The writer's comment in the next sentence.
        // Only within the paragraph, and not when it turns to another device ("…, while the Moto 360
        // successor is unlikely to appear").
        const next = sentences[d.sentence + 1];
        const sameParagraph = next && paragraphOf(d.sentence + 1) === paragraphOf(d.sentence);
        const otherDevice = next && namedDevices(d.sentence + 1).some((name) => name !== d.device);
        // "This seems unlikely given…": a comment that opens on the sentence before applies to it,
        // whatever else it goes on to say.
        const opensOnPrevious = next && commentsOnPrevious(d.sentence + 1);
        if (next && sameParagraph && (opensOnPrevious || (!otherDevice && !sentencesWithClaims.has(d.sentence + 1)))) {
          const nh = hedgesOf(d.sentence + 1);
          const topics = topicsOf(d.sentence + 1);
          const applies = !topics || topics.has(d.attribute);
          if (applies && nh.has('doubt') && !nh.has('cancel')) certainty = 'doubtful';
          else if (applies && nh.has('likely') && certainty === 'rumored') certainty = 'likely';
        }
        if (c.start > generalDoubtFrom) certainty = 'doubtful';
      }
      d.certainty = certainty;
      let confidence = BASE_CONFIDENCE[certainty];
      if (certainty === 'rumored' && d.source) confidence += 0.05;
      if (certainty === 'rumored' && h.has('rumor') && MILD_HEDGE.test(sentenceText)) confidence -= 0.05;
      if (certainty === 'likely' && d.sourceKind === 'regulator') confidence += 0.05;
      d.confidence = Math.round(confidence * 100) / 100;
      c.by.push('refiners/scope-hedges');
    }
  },
};
