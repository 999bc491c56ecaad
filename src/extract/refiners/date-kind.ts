// Decides whether a date is an announcement or a release from the verb that governs it ("launch",
// "unveil" → announce_date; "release", "go on sale", "ship" → release_date); a date no such verb
// governs (a publication line, a certification date) makes no claim. An event named beside an
// explicit date ("MWC in February", "IFA, which takes place towards end of August") yields to the date.
import type { Attribute } from '../../core/types.js';
import type { Component } from '../component.js';
import type { Span } from '../doc.js';
import type { DateValue } from '../parsers/release-window.js';

export interface KindedDate extends DateValue {
  attribute: Attribute;
}

const ANNOUNCE =
  /\b(launch(?:es|ed|ing)?|unveil(?:s|ed|ing)?|debut(?:s|ed|ing)?|announc(?:e|es|ed|ing|ement)|introduc(?:e|es|ed|ing|tion)|take\sthe\swraps\soff|takes\sthe\swraps\soff|reveal(?:ed)?\sofficially|go(?:es)?\sofficial|official\sannouncement|unpacked|keynote|event|showcase[sd]?|show(?:s|n|ed)?\soff|show(?:s|ed|n)?\s(?:the|its|a|off)|hear\sabout|see\sthem|present(?:s|ed)?)\b/gi;
const RELEASE =
  /\b((?<!press\s)releas(?:e|es|ed|ing)|go(?:es)?\son\ssale|went\son\ssale|on\ssale|hit(?:s|ting)?\s(?:the\s)?(?:shelves|stores|market)|ship(?:s|ped|ping)?|arriv(?:e|es|ed|ing|al)|(?:be|is|are|become|becomes)\savailable|availability|in\sstores|be\ssold|sold|sales?\sbegin|roll(?:s|ing)?\sout|land(?:s|ing)?\sin|ready\sto\srelease|hit\sthe\smarket|due\sout|due\sin\sstores|due\sto\sship|out\sin)\b/gi;
const MAX_REACH = 90;
/** Words before a participle that make it future or unsure ("will be launched", "is expected to be unveiled"). */
const FUTURE_LEAD = /\b(will|be|to|could|would|may|might|should|expected|set|tipped|rumou?red|reportedly)\b/i;

function yearEarlier(interval: { from: string; to: string }): { from: string; to: string } {
  const back = (iso: string) => {
    const y = Number(iso.slice(0, 4)) - 1;
    const rest = iso.slice(4) === '-02-29' ? '-02-28' : iso.slice(4);
    return `${y}${rest}`;
  };
  return { from: back(interval.from), to: back(interval.to) };
}

function nearestCue(
  text: string,
  from: number,
  to: number,
  dateStart: number,
): { attribute: Attribute; distance: number; cue: string; at: number } | null {
  let best: { attribute: Attribute; distance: number; cue: string; at: number } | null = null;
  for (const [re, attribute] of [
    [ANNOUNCE, 'announce_date'],
    [RELEASE, 'release_date'],
  ] as const) {
    // Only the window is searched: a search bounded by `to` alone would read on to the end of the text.
    const window = text.slice(from, to);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(window)) !== null) {
      const at = from + m.index;
      const distance = at < dateStart ? dateStart - (at + m[0].length) : at - dateStart + 15;
      if (!best || distance < best.distance) best = { attribute, distance, cue: m[0], at };
    }
  }
  return best;
}

export const dateKind: Component = {
  name: 'date-kind',
  kind: 'refiner',
  requires: ['date', 'sentence'],
  assigns: ['date'],
  run(doc, ctx) {
    const dates = doc.layer<DateValue>('date');
    const kept: Span<KindedDate>[] = [];
    for (const d of dates) {
      const s = doc.spanAt('sentence', d.start);
      if (!s || !d.value) continue;
      // "MWC in February": the explicit date in the same sentence, near the event, wins.
      if (d.value.event) {
        const inSentence = s ? doc.startingIn<DateValue>('date', s.start, s.end) : [];
        const explicit = inSentence.find(
          (o) => o !== d && !o.value?.event && o.start >= s.start && o.end <= s.end && Math.abs(o.start - d.end) < 70,
        );
        if (explicit) {
          ctx.debug(() => `date-kind: event «${doc.slice(d)}» yields to «${doc.slice(explicit)}»`);
          continue;
        }
      }
      const from = Math.max(s.start, d.start - MAX_REACH);
      const to = Math.min(s.end, d.end + 40);
      const cue = nearestCue(doc.text, from, to, d.start);
      const near = doc.text.slice(Math.max(s.start, d.start - 30), d.start).toLowerCase();
      if (/\b(published|updated|posted|issued|filed|certified|certification|pre-?orders?)\b[^.]{0,20}$/.test(near))
        continue;
      let attribute: Attribute | null = cue?.attribute ?? null;
      // "at MWC in Barcelona, which runs from February 24 to 27": a date given for an event is its announcement.
      const besideEvent =
        !d.value.event &&
        doc
          .startingIn<DateValue>('date', s.start, s.end)
          .some((o) => o.value?.event && o.end <= s.end && Math.abs(d.start - o.end) < 70);
      // …when a device or a launch is in the sentence at all ("MWC kicks off on March 2" is no claim).
      const aboutDevice = doc.inside('device', s.start, s.end).length > 0 || cue !== null;
      if (besideEvent && aboutDevice && attribute !== 'release_date') attribute = 'announce_date';
      // A device shown at an event is announced there, whatever the verb ("arrive at MWC").
      if (d.value.event && attribute) attribute = 'announce_date';
      if (!attribute) {
        ctx.debug(() => `date-kind dropped «${doc.slice(d)}»: no launch or release verb governs it`);
        continue;
      }
      // "LG showed the G Flex 2 at CES in January" (published in February): last January, not next.
      if (d.value.yearless && doc.published && d.value.interval.from > doc.published) {
        const lead = cue ? doc.text.slice(Math.max(s.start, cue.at - 24), cue.at) : '';
        const pastVerb =
          /^(?:launched|unveiled|announced|released|introduced|debuted|showed|shown|shipped|arrived|went\son\ssale)\b/i.test(
            cue?.cue ?? '',
          ) && !FUTURE_LEAD.test(lead);
        if (pastVerb) d.value = { ...d.value, interval: yearEarlier(d.value.interval) };
      }
      const span = d as Span<KindedDate>;
      span.value = { ...d.value, attribute };
      span.label = attribute;
      span.by.push('refiners/date-kind');
      kept.push(span);
    }
    doc.setLayer('date', kept);
  },
};
