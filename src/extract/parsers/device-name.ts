// Device names: [brand] [product line] model tokens [suffixes] [(year)], e.g. "Sony Xperia Z1s",
// "Galaxy S4 Mini", "iPhone 6 Plus", "Honor DLI-TL20", "2015 Moto G". Proposes one span per mention.
import type { Component } from '../component.js';
import type { Span } from '../doc.js';
import {
  BRAND_LINES,
  BRAND_SPELLINGS,
  LINE_BRAND,
  LINES_NEEDING_MODEL,
  NAME_WORDS,
  VARIANT_SUFFIXES,
} from '../lexicon/brands.js';
import { bare, type Token } from '../util/tokens.js';

export interface DeviceMention {
  /** The name as printed, without a leading brand ("Xperia Z2"). */
  model: string;
  brand: string | null;
  line: string | null;
  year: number | null;
}

const LINES = new Set(Object.values(BRAND_LINES).flat());
const NEEDS_MODEL = new Set(LINES_NEEDING_MODEL);
const NAME_WORD_SET = new Set(NAME_WORDS);
const SUFFIX_SET = new Set(VARIANT_SUFFIXES);
// Units that may stand a space away from their number, and those that only count glued to it
// ("5in", but "the Honor 9X in China").
const UNIT_AFTER =
  /^(?:\s?(?:gb|tb|mb|mah|mp|megapixels?|ghz|mhz|hz|mm|inch|inches|nm|fps|days?|hours?|months?|years?|weeks?|percent|million|billion)\b|(?:w|g|in|k|x|p)\b|%|[-.,]\d|-inch|-core|\s?(?:"|”|″))/i;
const MODEL_TOKEN = /^[A-Z]{0,3}\d{1,4}[A-Za-z]{0,3}\+?$/;
const FUSED_MODEL = /^[A-Z][a-z]{1,6}\d{1,3}[a-z]?\+?$/;
const MODEL_NUMBER = /^(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]{5,})[A-Z]{1,4}\d{0,4}-?[A-Z]{0,4}\d{2,5}[A-Z]{0,3}$/;

// Makers that style their name in lower case ("vivo", "realme").
const LOWER_CASE_BRANDS = new Set(['vivo', 'realme', 'iqoo', 'nubia']);

/** Cheap test that a token could begin a device name: most words are lower-case prose. */
function mayStartName(token: Token): boolean {
  const c = token.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true; // A-Z
  if (c === 50) return token.text.length === 4 && token.text.startsWith('20'); // "2015 Moto G"
  if (c === 105) return true; // "iPhone", "iPad", "iQOO"
  return LOWER_CASE_BRANDS.has(token.text);
}

function brandOf(token: Token): string | null {
  if (!mayStartName(token)) return null;
  const word = bare(token);
  const c = word.charCodeAt(0);
  if (!(c >= 65 && c <= 90) && !LOWER_CASE_BRANDS.has(word)) return null;
  return BRAND_SPELLINGS[word.toLowerCase()] ?? null;
}

/** Product lines this article uses: the known ones, plus "Brand Word Model" pairs it prints ("Huawei Pura 70"). */
interface Lines {
  has(word: string): boolean;
  brandOf(word: string): string | undefined;
}

// Words after a brand that name its chips, software or services, never a device line.
const NOT_LINES = new Set([
  'Exynos',
  'Snapdragon',
  'Dimensity',
  'Helio',
  'Kirin',
  'Tensor',
  'Bionic',
  'Unpacked',
  'Store',
  'Pay',
  'Music',
  'One',
  'Galaxy',
  'Research',
  'Electronics',
  'Mobile',
  'Health',
  'Fit',
  'Home',
  'Assistant',
  'Cloud',
  'Play',
  'Search',
  'Maps',
  'Intelligence',
  'AI',
  'Event',
  'Keynote',
  'Developer',
  'Developers',
  'Community',
  'Support',
  'Shop',
]);

// "LG G Flex 2" is a name; "Sony A The"… is not: a single letter needs a name word or number after it.
const NOT_SINGLE_LETTER_AFTER = /^ (?:The|And|Or|In|On|At|Is|Was|Has|To|Of|For)\b/;

const NOT_MODELS = new Set([
  'AI',
  'UI',
  'OS',
  'TV',
  'AR',
  'VR',
  'LTE',
  'USB',
  'NFC',
  'GPS',
  'RAM',
  'CPU',
  'GPU',
  'SIM',
  'PC',
  'HD',
  'UK',
  'US',
  'EU',
]);

const STOP_WORDS = new Set([
  'The',
  'A',
  'An',
  'And',
  'Or',
  'But',
  'Has',
  'Have',
  'Is',
  'Will',
  'Was',
  'In',
  'On',
  'At',
  'For',
  'To',
  'Of',
  'With',
  'Also',
  'Could',
  'May',
  'Says',
  'Said',
  'Just',
  'Now',
  'New',
  'Its',
  'This',
  'That',
]);

function articleLines(text: string, tokens: readonly Token[], brands: readonly (string | null)[]): Lines {
  const mentioned = new Set<string>();
  for (const b of brands) if (b) mentioned.add(b);
  const learned = new Map<string, string>();
  // A line word listed for exactly one brand the article mentions ("Magic" with "Honor" about).
  for (const [brand, lines] of Object.entries(BRAND_LINES)) {
    if (!mentioned.has(brand)) continue;
    for (const line of lines) if (!LINE_BRAND[line]) learned.set(line, learned.has(line) ? '' : brand);
  }
  for (let k = 0; k + 2 < tokens.length; k++) {
    const brand = brands[k];
    const word = tokens[k + 1]!;
    const model = tokens[k + 2]!;
    if (
      !brand ||
      LINES.has(word.text) ||
      STOP_WORDS.has(word.text) ||
      NOT_LINES.has(word.text) ||
      !/^(?:[A-Z][A-Za-z]{2,}|[A-Z])$/.test(word.text)
    )
      continue;
    if (!adjacent(text, tokens[k]!, word) || !adjacent(text, word, model)) continue;
    const modelLike = /\d/.test(model.text) && isModelToken(text, model, true);
    // "LG G Flex 2": a one-letter line is learned only before a product word.
    const letterLine = word.text.length === 1 && NAME_WORD_SET.has(model.text);
    if (
      letterLine ||
      (word.text.length > 1 && (modelLike || /^(Pro|Max|Ultra|Plus|Mini|Lite|Duo|Fold|Flip)$/.test(model.text)))
    )
      learned.set(word.text, brand);
  }
  for (const w of NOT_LINES) if (!LINES.has(w)) learned.delete(w);
  return {
    has: (w) => LINES.has(w) || (learned.get(w) ?? '') !== '',
    brandOf: (w) => LINE_BRAND[w] ?? (learned.get(w) || undefined),
  };
}

function followedByUnit(text: string, token: Token): boolean {
  return UNIT_AFTER.test(text.slice(token.end, token.end + 12));
}

function isModelToken(text: string, token: Token, afterLine: boolean): boolean {
  // "the Xperia Z2's launch": the possessive is not part of the model.
  const t = bare(token);
  if (/^(19|20)\d\d$/.test(t)) return false;
  // "3rd gen" is a generation, not a model.
  if (/^\d+(?:st|nd|rd|th)$/i.test(t)) return false;
  // "16GB", "4K", "1080p", "120Hz" are values, not model names ("5G" is a model suffix).
  if (/^\d+(?:gb|tb|mb|mp|mah|w|hz|ghz|mhz|mm|nm|in|k|fps|p)$/i.test(t)) return false;
  if (MODEL_TOKEN.test(t) && !followedByUnit(text, token)) return /\d/.test(t) || t.length <= 3;
  if (afterLine && /^[A-Z]$/.test(t)) return true;
  // "iPhone XR", "iPhone XS Max": a short all-capitals model after a line ("Galaxy AI" is a feature).
  if (afterLine && /^[A-Z]{2,3}$/.test(t) && !NOT_MODELS.has(t)) return true;
  if (FUSED_MODEL.test(t) && !followedByUnit(text, token)) return true;
  return false;
}

function adjacent(text: string, a: Token, b: Token): boolean {
  return /^ ?$/.test(text.slice(a.end, b.start));
}

export function isModelNumber(word: string): boolean {
  return MODEL_NUMBER.test(word) && !/^(MSM|SDM|APQ|MT\d|SM\d|LTE|USB|IP\d|UFS|LPDDR)/.test(word);
}

export const deviceNames: Component = {
  name: 'device-name',
  kind: 'parser',
  requires: ['sentence'],
  assigns: ['device'],
  run(doc) {
    const text = doc.text;
    const tokens = doc.tokens();
    // Each token's brand, read once: the line learner and the name reader both ask.
    const brands = tokens.map(brandOf);
    const lines = articleLines(text, tokens, brands);
    const spans: Span<DeviceMention>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const found = mayStartName(tokens[i]!) ? readDevice(text, tokens, brands, i, lines) : null;
      if (found) {
        spans.push(found.span);
        i = found.next;
      } else {
        i++;
      }
    }
    doc.setLayer('device', spans);
  },
};

function readDevice(
  text: string,
  tokens: readonly Token[],
  brands: readonly (string | null)[],
  i: number,
  lines: Lines,
): { span: Span<DeviceMention>; next: number } | null {
  const first = tokens[i];
  if (!first) return null;
  let j = i;
  let brand: string | null = brands[i] ?? null;
  let line: string | null = null;
  let year: number | null = null;
  const parts: Token[] = [];
  let start = first.start;

  // "2015 Moto G": a year before the name is the model year.
  if (/^20[0-3]\d$/.test(first.text)) {
    const nxt = tokens[i + 1];
    if (!nxt || !adjacent(text, first, nxt) || !(lines.brandOf(nxt.text) || brands[i + 1])) return null;
    const inner = readDevice(text, tokens, brands, i + 1, lines);
    if (!inner || inner.span.value?.year) return null;
    inner.span.start = first.start;
    inner.span.value!.year = Number(first.text);
    inner.span.value!.model = `${inner.span.value!.model} (${first.text})`;
    return inner;
  }

  if (brand) {
    if (/['’]s$/.test(first.text)) return null;
    j = i + 1;
    const second = tokens[j];
    if (brand === 'Sony' && second?.text === 'Ericsson') {
      brand = 'Sony Ericsson';
      j++;
    }
  }
  const lineTok = tokens[j];
  if (lineTok && (j === i || adjacent(text, tokens[j - 1]!, lineTok)) && lines.has(bare(lineTok))) {
    const word = bare(lineTok);
    // The brand's own name used as a line ("OnePlus 7T", "Xiaomi 14") is not a separate line word.
    if (!(brand && word.toLowerCase() === brand.toLowerCase())) {
      line = word;
      parts.push(lineTok);
      j++;
    } else {
      j++;
    }
  }
  // "Mi4", "Redmi9": a line word fused with its model number.
  const fused = !brand && !line ? /^([A-Z][a-z]+)(\d{1,3}[a-zA-Z]?)$/.exec(first.text) : null;
  let hasModel = false;
  if (fused && lines.brandOf(fused[1]!)) {
    // Read on for suffixes ("Magic6 Lite", "Mi4 Pro"): the fused token is line and model at once.
    brand = lines.brandOf(fused[1]!)!;
    line = fused[1]!;
    parts.push(first);
    hasModel = true;
    j = i + 1;
  }
  if (!brand && !line) return null;
  if (!brand && line) brand = lines.brandOf(line) ?? null;
  if (!brand) {
    // Lines shared by several makers need the brand printed before them.
    return null;
  }
  let prev = parts[parts.length - 1] ?? first;
  while (j < tokens.length) {
    const tok = tokens[j]!;
    if (!adjacent(text, prev, tok)) break;
    const word = bare(tok);
    const possessive = word !== tok.text;
    const letterThenName =
      parts.length === 0 &&
      /^[A-Z]$/.test(word) &&
      /^ (?:[A-Z][a-z]+|\d)/.test(text.slice(tok.end, tok.end + 3)) &&
      !NOT_SINGLE_LETTER_AFTER.test(text.slice(tok.end, tok.end + 12));
    if (
      letterThenName ||
      isModelToken(text, tok, parts.length > 0 || !!line) ||
      (parts.length === 0 && isModelNumber(word))
    ) {
      hasModel = true;
    } else if (
      NAME_WORD_SET.has(word) ||
      SUFFIX_SET.has(word) ||
      /^(FE|Pro|Plus|Max|Ultra|Lite|Mini|Neo)\+$/.test(word)
    ) {
      // "Galaxy Watch", "Switch Lite"
    } else if (
      line !== null &&
      parts.length === 1 &&
      parts[0] !== first &&
      /^[A-Z][a-z]{2,}$/.test(word) &&
      !NOT_LINES.has(word) &&
      !STOP_WORDS.has(word) &&
      !LINES.has(word) &&
      !/^[A-Z]/.test(tokens[j + 1]?.text ?? '') &&
      brands[i] !== null
    ) {
      // "Asus ROG Ally": a product word after the brand and line names the device.
      hasModel = true;
    } else if (/^20[0-3]\d$/.test(word) && !followedByUnit(text, tok) && (hasModel || line)) {
      year = Number(word);
      prev = tok;
      j++;
      break;
    } else {
      break;
    }
    parts.push(tok);
    prev = tok;
    j++;
    if (possessive) break;
  }
  // "Moto G (2015)", "HTC One (M8)", "Nothing Phone (2a)"
  const paren = /^ ?\((20[0-3]\d|[A-Z]{0,2}\d{1,3}[a-z]?)\)/.exec(text.slice(prev.end, prev.end + 8));
  let end = prev.end;
  let parenModel = '';
  if (paren && /^20[0-3]\d$/.test(paren[1] ?? '') && !year) {
    year = Number(paren[1]);
    end = prev.end + paren[0].length;
  } else if (paren && !/^20[0-3]\d$/.test(paren[1] ?? '') && line) {
    parenModel = ` (${paren[1]})`;
    hasModel = true;
    end = prev.end + paren[0].length;
  }
  if (parts.length === 0) return null;
  const modelParts = parts.map((t, k) => (k === parts.length - 1 ? bare(t) : t.text));
  const brandPrinted = parts[0] !== first;
  const nameWordAfterLine = line !== null && parts.length > 1 && NAME_WORD_SET.has(bare(parts[1]!));
  const standalone = line !== null && !NEEDS_MODEL.has(line) && (brandPrinted || nameWordAfterLine);
  // "Apple Watch Ultra", "Huawei Watch Fit": brand, a line that needs a model, and a product word.
  const namedVariant =
    brandPrinted &&
    line !== null &&
    parts.length >= 2 &&
    (NAME_WORD_SET.has(bare(parts[1]!)) || SUFFIX_SET.has(bare(parts[1]!)));
  if (!hasModel && !standalone && !namedVariant) return null;
  const model = modelParts.join(' ') + parenModel + (year ? ` (${year})` : '');
  start = brandPrinted ? first.start : parts[0]!.start;
  // "its Galaxy S phones": a product line in the plural, not one device.
  if (
    /^\s(?:phones|smartphones|devices|models|handsets|tablets|watches|smartwatches|laptops|flagships)\b/.test(
      text.slice(end, end + 14),
    )
  )
    return null;
  return {
    span: { start, end, label: 'device', value: { model, brand, line, year }, by: ['parsers/device-name'] },
    next: j,
  };
}
