// Who an article credits as the origin of its story: the publication it copied or followed
// ("Via 9to5Google", "as first reported by WinFuture", "(h/t The Verge)"). Pure text in, names out;
// it runs at ingest, before extraction, so it repeats rather than reuses the extractor's via-line
// reading, and goes further: credits inside sentences too, and only names that are publications.
//
// Deliberately not origins (the extractor still records them as sources of individual claims):
// - makers, carriers and retailers ("according to Samsung"): the primary source speaking, not a
//   story being passed on;
// - people, leakers and @handles ("according to Mark Gurman", "via @OnLeaks"): a person's leak is
//   grouped by what they said, and their employer, when named ("Bloomberg's Mark Gurman"), is kept;
// - benchmarks, regulators and platforms ("spotted on Geekbench", "via Weibo"): evidence and venues;
// - connectors and software ("charges via USB-C", "via Android 14"), devices, places, image credits.
import {
  EVIDENCE,
  GIVEN_NAMES,
  KNOWN_PEOPLE,
  LEADING_NON_NAMES,
  MAKERS,
  OWN_CHANNEL_WORDS,
  PERSON_ROLES,
  PLACES,
  PLATFORMS,
  MODEL_WORDS,
  PRODUCT_LINES,
  TECH_TERMS,
} from './origin-lexicon.js';
import { normalisePublisher } from './normalise-publisher.js';
import { readNameBefore, readNamesAfter, type NameWord } from './read-name.js';

// Spaces within a phrase never cross a line: a credit sits on one line.
/** Phrases that head a credit line ("Via X", "Source: X, Y", "(h/t X)") as well as sentences. */
const VIA = /\bvia:?[^\S\r\n]+/gi;
const HAT_TIP = /\b(?:h\/t|hat[^\S\r\n]?tip)(?:[^\S\r\n]+to)?:?[^\S\r\n]+/gi;
const SOURCE = /\b(?:sources?|quelle|fuente|fonte)[^\S\r\n]*:[^\S\r\n]*/gi;
/** "Thanks to X" credits only at the start of a line: in a sentence it gives a reason ("thanks to its battery"). */
const THANKS = /\bthanks[^\S\r\n]+to[^\S\r\n]+/gi;
const LINE_PHRASES: ReadonlySet<RegExp> = new Set([VIA, HAT_TIP, SOURCE, THANKS]);
/** Phrases the credited name follows. */
const AFTER: readonly RegExp[] = [
  VIA,
  HAT_TIP,
  SOURCE,
  THANKS,
  /\b(?:first|originally)[^\S\r\n]+(?:reported|spotted|published|posted|appeared|ran)[^\S\r\n]+(?:by|on|at|in)[^\S\r\n]+/gi,
  /\breported[^\S\r\n]+(?:first[^\S\r\n]+)?by[^\S\r\n]+/gi,
  /\bspotted[^\S\r\n]+by[^\S\r\n]+/gi,
  /\baccording[^\S\r\n]+to[^\S\r\n]+/gi,
  /\b(?:report|story|article|post|piece|scoop)[^\S\r\n]+(?:from|by|in|on|at)[^\S\r\n]+/gi,
  /\b(?:republished|reprinted|syndicated|cross-?posted)[^\S\r\n]+(?:with[^\S\r\n]+permission[^\S\r\n]+)?(?:from|by)[^\S\r\n]+/gi,
];
/** Phrases the credited name comes before: "9to5Google spotted", "WinFuture first reported". */
const BEFORE: readonly RegExp[] = [
  /[^\S\r\n](?:(?:has|have|had|also|first|recently|originally)[^\S\r\n]+)?spotted\b/g,
  /[^\S\r\n](?:(?:had|has|also)[^\S\r\n]+)?first[^\S\r\n]+reported\b/g,
  /[^\S\r\n]was[^\S\r\n]+(?:the[^\S\r\n]+)?first[^\S\r\n]+to[^\S\r\n]+(?:report|spot|publish|break)\b/g,
];
/** "the TechnoBuffalo scoop": the name stands between "the" and the noun. */
const SCOOP = /[^\S\r\n](?:scoop|exclusive)\b/g;
/** "the Brazil-based publication, Tecmundo": the description before the name is not part of it. */
const DESCRIPTION =
  /(?:(?:the|a|an)[^\S\r\n]+)?(?:[\p{L}\p{N}-]+[^\S\r\n]+){0,2}?(?:publication|site|website|outlet|blog|portal|magazine|newspaper|forum|daily),?[^\S\r\n]+/iuy;
/** "[TechnoBuffalo]" closing the article. */
const CLOSING_BRACKET = /\[([^\]\n]{2,60})\][^\S\n]*$/;
/** A credit inside an image caption credits the picture, not the story (matched on the trimmed line). */
const IMAGE_CAPTION =
  /^[([]?\s?(?:featured\s|header\s|lead\s|top\s)?(?:image|images|photo|photos|picture|pictures|screenshot|screenshots|render|renders|graphic|video|illustration|credit)\b/i;
const MODEL_NUMBER = /^\p{L}{1,3}\d{1,4}\p{L}?$/u;
const TITLE_CASE_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;
const HAS_DIGIT = /\d/;
const URL_PARTS = /^(?:[a-z][a-z0-9+.-]{0,15}:\/\/)?(?:www\.)?([^/?#]+)/i;
// Bounds that keep a hostile text linear: real articles credit a handful of names, on short lines.
const MAX_CANDIDATES = 200;
const LINE_LOOKBACK = 200;
const SHORT_LINE = 120;
const SURNAME_LOOKBACK = 3000;

function key(word: string): string {
  return normalisePublisher(word);
}

function isPerson(words: readonly string[]): boolean {
  const whole = key(words.join(' '));
  if (KNOWN_PEOPLE.has(whole) || (words.length > 1 && KNOWN_PEOPLE.has(key(words[words.length - 1]!)))) return true;
  if (PERSON_ROLES.has(key(words[0]!))) return true;
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    GIVEN_NAMES.has(key(words[0]!)) &&
    words.every((w) => TITLE_CASE_WORD.test(w))
  );
}

/** The name a run of words credits, or null when it is not a publication (see the list at the top). */
function publicationName(read: readonly NameWord[], before: string): string | null {
  let words = read.map((w) => w.text);
  while (words.length > 0 && LEADING_NON_NAMES.has(key(words[0]!))) words = words.slice(1);
  if (words.length === 0) return null;
  const offset = read.length - words.length;
  const owner = read.slice(offset).findIndex((w) => w.possessive);
  if (owner >= 0 && owner < words.length - 1) {
    const rest = words.slice(owner + 1);
    const head = words.slice(0, owner + 1);
    // "Bloomberg's Mark Gurman" → Bloomberg; "Tom's Hardware" stays whole; "China's IT Home" → IT Home.
    if (isPerson(rest)) words = head;
    else if (head.length === 1 && GIVEN_NAMES.has(key(head[0]!))) words = [`${head[0]}'s`, ...rest];
    else words = rest;
  }
  // "tipster Ice Universe spotted": the word before the name makes it a person's.
  const previous = before.trimEnd();
  if (PERSON_ROLES.has(key(previous.slice(previous.lastIndexOf(' ') + 1)))) return null;
  if (isPerson(words)) return null;
  const name = cleanDomain(words.join(' '));
  const whole = key(name);
  const first = key(words[0] === 'The' && words.length > 1 ? words[1]! : words[0]!);
  const rest = words.slice(words[0] === 'The' ? 2 : 1).map(key);
  if (whole.length < 2 || name.length > 60) return null;
  if (words.length === 1 && LEADING_NON_NAMES.has(whole)) return null;
  // "Samsung Newsroom" is the maker's channel and "Xiaomi 14" its phone; "Apple Insider" is neither.
  if (MAKERS.has(whole)) return null;
  if (MAKERS.has(first) && rest.every((w) => OWN_CHANNEL_WORDS.has(w) || HAS_DIGIT.test(w))) return null;
  if (EVIDENCE.has(whole) || EVIDENCE.has(first) || PLATFORMS.has(whole) || PLATFORMS.has(first)) return null;
  const modelOnly = rest.every((w) => w.length === 1 || HAS_DIGIT.test(w) || MODEL_WORDS.has(w));
  if (TECH_TERMS.has(whole) || ((TECH_TERMS.has(first) || PRODUCT_LINES.has(first)) && modelOnly)) return null;
  if (PLACES.has(whole) || words.some((w) => MODEL_NUMBER.test(w))) return null;
  return name;
}

/**
 * A single plain word that ends a two-word name shortly before ("Kamila Wojciechowska … according
 * to Wojciechowska") is a person's surname. Camel-cased and digit names ("WinFuture") are never
 * surnames, so only title-case words are checked, and only in the stretch before the credit.
 */
function isSurname(text: string, name: string, at: number): boolean {
  if (!TITLE_CASE_WORD.test(name)) return false;
  const before = text.slice(Math.max(0, at - SURNAME_LOOKBACK), at);
  for (let i = before.lastIndexOf(name); i > 1; i = before.lastIndexOf(name, i - 1)) {
    if (before[i - 1] !== ' ' || /[\p{L}\p{N}]/u.test(before.charAt(i + name.length))) continue;
    const given =
      before
        .slice(Math.max(0, i - 30), i - 1)
        .split(/\s/)
        .pop() ?? '';
    const ordinary = [LEADING_NON_NAMES, PLACES, MAKERS].some((set) => set.has(key(given)));
    if (TITLE_CASE_WORD.test(given) && given !== 'The' && !ordinary) return true;
  }
  return false;
}

/** "https://www.gsmarena.com/news.php" → "gsmarena.com"; other names unchanged. */
function cleanDomain(name: string): string {
  if (/\s/.test(name) || !name.includes('.')) return name;
  return URL_PARTS.exec(name)?.[1] ?? name;
}

/** The line up to `index`, trimmed; null when it starts too far back to be a credit line or a caption. */
function lineBefore(text: string, index: number): string | null {
  const from = Math.max(0, index - LINE_LOOKBACK);
  const window = text.slice(from, index);
  const newline = window.lastIndexOf('\n');
  if (newline < 0 && from > 0) return null;
  return window.slice(newline + 1).trim();
}

/** Nothing but an opening bracket before the phrase on its line. */
function startsLine(line: string | null): boolean {
  return line === '' || line === '(' || line === '[';
}

/** The line ends within a short reach of `from`: a credit line is short, a sentence runs on. */
function endsSoon(text: string, from: number): boolean {
  return from + SHORT_LINE >= text.length || text.slice(from, from + SHORT_LINE).includes('\n');
}

function isCaption(line: string | null): boolean {
  return line !== null && IMAGE_CAPTION.test(line);
}

/**
 * Publications the article credits as the origin of its story, as written ("9to5Google",
 * "The Verge", "WinFuture"), in order of first mention, one per publisher key.
 */
export function creditedOrigins(text: string): string[] {
  const found: { at: number; name: string }[] = [];
  let candidates = 0;
  const add = (at: number, read: readonly NameWord[], before: string) => {
    if (++candidates > MAX_CANDIDATES) return;
    const name = publicationName(read, before);
    if (name && !isSurname(text, name, at)) found.push({ at, name });
  };
  for (const re of AFTER) {
    for (const m of text.matchAll(re)) {
      if (candidates > MAX_CANDIDATES) break;
      const line = lineBefore(text, m.index);
      if (isCaption(line) || (re === THANKS && !startsLine(line))) continue;
      let from = m.index + m[0].length;
      // A credit line ("Source: GSMArena, 91mobiles") lists names; in a sentence
      // ("According to Phone Arena, the Moto G …") a comma ends the name.
      const list = LINE_PHRASES.has(re) && startsLine(line) && endsSoon(text, from);
      DESCRIPTION.lastIndex = from;
      if (DESCRIPTION.test(text)) from = DESCRIPTION.lastIndex;
      for (const read of readNamesAfter(text, from, list)) add(m.index, read, '');
    }
  }
  for (const re of BEFORE) {
    for (const m of text.matchAll(re)) {
      if (candidates > MAX_CANDIDATES) break;
      const { words, start } = readNameBefore(text, m.index);
      if (words.length === 0 || isCaption(lineBefore(text, m.index))) continue;
      add(start, words, text.slice(Math.max(0, start - 40), start));
    }
  }
  for (const m of text.matchAll(SCOOP)) {
    if (candidates > MAX_CANDIDATES) break;
    const { words, start } = readNameBefore(text, m.index);
    if (words.length > 0 && /\bthe\s$/i.test(text.slice(Math.max(0, start - 4), start))) add(start, words, '');
  }
  const closing = CLOSING_BRACKET.exec(text.trimEnd().slice(-200));
  if (closing) for (const read of readNamesAfter(closing[1]!, 0, true)) add(text.length, read, '');
  const seen = new Set<string>();
  const names: string[] = [];
  for (const { name } of found.sort((a, b) => a.at - b.at)) {
    const k = normalisePublisher(name);
    if (seen.has(k)) continue;
    seen.add(k);
    names.push(name);
  }
  return names;
}
