// Official values as people and spec sheets write them, into the claims contract's value forms. One reader
// per attribute kind; each returns the values (several for a price in several currencies or a list of
// storage options) or throws InputError naming the attribute and the text.
import {
  ATTRIBUTES,
  VALUE_FORMS,
  InputError,
  type Attribute,
  type ClaimValue,
  type DateInterval,
  type Money,
} from '../../core/index.js';
import { isIsoDate } from '../rules/dates.js';
import { firstNumber, numbersIn } from './read-number.js';
import { readDateWindow } from './read-date.js';

/** Currency symbols and words a spec sheet uses, to ISO 4217. Data only. */
const CURRENCY_MARKS: readonly (readonly [string, string])[] = [
  ['US$', 'USD'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₹', 'INR'],
  ['Rs', 'INR'],
  ['¥', 'CNY'],
  ['yuan', 'CNY'],
  ['RMB', 'CNY'],
  ['₩', 'KRW'],
];

export function isAttribute(name: string): name is Attribute {
  return (ATTRIBUTES as readonly string[]).includes(name);
}

function bad(attribute: string, text: string, reason: string): InputError {
  return new InputError('grade', `${attribute}=${text}`, reason);
}

function currencyOf(part: string): string | null {
  const code = /\b[A-Z]{3}\b/.exec(part)?.[0];
  if (code) return code;
  for (const [mark, iso] of CURRENCY_MARKS) if (part.includes(mark)) return iso;
  return null;
}

/** "999 USD", "USD 999", "$999", "$ 785.00 / € 1,079.00 / £ 949.99": one Money per currency. */
export function readPrices(text: string, defaultCurrency: string | null = null): Money[] {
  const prices: Money[] = [];
  for (const part of text.split('/')) {
    const amount = firstNumber(part);
    if (amount === null) continue;
    const currency = currencyOf(part) ?? defaultCurrency;
    if (currency === null) throw bad('price', text.trim(), 'no currency (write it as "999 USD")');
    if (amount <= 0) throw bad('price', text.trim(), 'a price must be above zero');
    prices.push({ amount, currency });
  }
  if (prices.length === 0) throw bad('price', text.trim(), 'no amount found');
  return prices;
}

/** "1080 x 1920 pixels" → "1920x1080": long side first, as the contract writes it. */
export function readResolution(text: string): string {
  const [a, b] = numbersIn(text.replace(/,/g, ' '));
  if (!a || !b || a.value <= 0 || b.value <= 0) throw bad('display_resolution', text, 'expected WIDTHxHEIGHT');
  const [long, short] = a.value >= b.value ? [a.value, b.value] : [b.value, a.value];
  return `${long}x${short}`;
}

const CHIP_MAKERS = ['qualcomm', 'mediatek', 'samsung', 'google', 'apple', 'hisilicon', 'unisoc', 'spreadtrum'];

/** "Qualcomm MSM8974 Snapdragon 800 (28 nm)" → "Snapdragon 800": the maker and part code dropped. */
export function readChipset(text: string): string {
  const first = (text.split(' - ')[0] ?? text).split('(')[0] ?? '';
  let words = first
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length > 1 && CHIP_MAKERS.includes((words[0] ?? '').toLowerCase())) words = words.slice(1);
  // A part code such as MSM8974 or SM8550 before the marketing name.
  if (words.length > 1 && /^[A-Z]{2,4}\d{3,5}[A-Z]{0,3}$/.test(words[0] ?? '')) words = words.slice(1);
  const name = words.join(' ');
  if (name === '') throw bad('chipset', text, 'empty');
  return name;
}

function readNumber(attribute: string, text: string): number {
  const n = firstNumber(text);
  if (n === null) throw bad(attribute, text, 'no number found');
  return n;
}

/** "128,256,512", "8 / 12", "8GB or 12GB": options, so a comma separates values here, not thousands. */
function readNumberList(attribute: string, text: string): number | number[] {
  const parts = text.replace(/\bor\b/g, ',').split(/[,/;]/);
  const values = [...new Set(parts.flatMap((part) => numbersIn(part).map((n) => n.value)))];
  if (values.length === 0) throw bad(attribute, text, 'no number found');
  return values.length === 1 ? (values[0] as number) : values.sort((a, b) => a - b);
}

function readDate(attribute: string, text: string): DateInterval {
  const range = text.split('..');
  if (range.length === 2 && isIsoDate(range[0]?.trim() ?? '') && isIsoDate(range[1]?.trim() ?? '')) {
    const [from, to] = [range[0]?.trim() as string, range[1]?.trim() as string];
    if (from > to) throw bad(attribute, text, 'the window ends before it starts');
    return { from, to };
  }
  const window = readDateWindow(text);
  if (window === null) throw bad(attribute, text, 'expected a date: 2023-10-12, 2023-10, 2023, or FROM..TO');
  return window;
}

/** One attribute's value(s) from text. Prices may give several (one per currency). */
export function readOfficialValue(
  attribute: string,
  text: string,
  options: { currency?: string | null } = {},
): ClaimValue[] {
  const raw = text.trim();
  if (raw === '') throw bad(attribute, text, 'empty value');
  if (!isAttribute(attribute)) throw bad(attribute, text, `unknown attribute (known: ${ATTRIBUTES.join(', ')})`);
  if (attribute === 'price') return readPrices(raw, options.currency ?? null);
  if (attribute === 'release_date' || attribute === 'announce_date') return [readDate(attribute, raw)];
  if (attribute === 'display_resolution') return [readResolution(raw)];
  if (attribute === 'chipset') return [readChipset(raw)];
  if (VALUE_FORMS[attribute] === 'number') return [readNumber(attribute, raw)];
  if (VALUE_FORMS[attribute] === 'number-list') return [readNumberList(attribute, raw)];
  if (attribute === 'colors') {
    return [
      raw
        .split(',')
        .map((c) => c.trim().toLowerCase())
        .filter((c) => c !== ''),
    ];
  }
  return [raw];
}
