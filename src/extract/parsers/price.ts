// Prices as the writer quotes them: "$599", "US$499", "AU$640", "£135", "€899", "¥3,999", "Rs 35,999",
// "₹49,999", "3,600 yuan", "RMB 2,999", "CNY 4,999", "1,290,000 won", "899 euros".
import type { Money } from '../../core/types.js';
import type { Component } from '../component.js';
import type { Span } from '../doc.js';
import { CURRENCY_CODES, CURRENCY_PREFIXES, CURRENCY_WORDS, YEN_CONTEXT } from '../lexicon/currencies.js';
import { alternation, pattern } from '../patterns.js';
import { parseNumber } from '../util/numbers.js';
import type { ValueSpan } from './regex-parser.js';

// Indian digit grouping ("1,34,900", "12,34,567") first: read as thousands it would stop at "1".
const AMOUNT =
  '\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d{1,2})?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?|\\d{1,7}(?:\\.\\d{1,2})?';
const PREFIX = alternation([...Object.keys(CURRENCY_PREFIXES), ...CURRENCY_CODES]);
const SUFFIX = alternation([...Object.keys(CURRENCY_WORDS), ...CURRENCY_CODES]);
const PRICE = pattern(
  'price',
  `(?:(?<![A-Za-z])(${PREFIX})\\s?(${AMOUNT})(?:\\s?(k|K)\\b)?|\\b(${AMOUNT})\\s?(${SUFFIX})\\b)(?!\\s?(?:million|billion|bn|m\\b|trillion|%))`,
  'g',
);

export interface PriceValue extends ValueSpan {
  value: Money;
}

function currencyOf(symbol: string, amount: number, lowerText: string): string | null {
  const upper = symbol.toUpperCase();
  if (upper === 'RMB') return 'CNY';
  if (CURRENCY_CODES.includes(upper) && symbol === upper) return upper;
  const prefix = CURRENCY_PREFIXES[symbol] ?? CURRENCY_PREFIXES[symbol.replace(/\s/g, '')];
  if (prefix === 'CNY' && (symbol === '¥' || symbol === '￥')) {
    // "¥" is yen in a Japanese story and yuan in a Chinese one; big amounts are yen.
    if (YEN_CONTEXT.some((w) => lowerText.includes(w))) return 'JPY';
    if (/china|chinese|yuan|rmb/.test(lowerText)) return 'CNY';
    return amount >= 20000 ? 'JPY' : 'CNY';
  }
  if (prefix) return prefix;
  return CURRENCY_WORDS[symbol.toLowerCase()] ?? null;
}

export const prices: Component = {
  name: 'price',
  kind: 'parser',
  requires: [],
  assigns: ['price'],
  run(doc) {
    const lowerText = doc.text.toLowerCase();
    const re = new RegExp(PRICE.source, PRICE.flags);
    let m: RegExpExecArray | null;
    while ((m = re.exec(doc.text)) !== null) {
      const symbol = m[1] ?? m[5] ?? '';
      const rawAmount = m[2] ?? m[4] ?? '';
      let amount = parseNumber(rawAmount);
      if (amount === null) continue;
      if (m[3]) amount *= 1000;
      // "Rs" and "RM" glued to a word are not currencies; a "$" in "US$" was matched whole above.
      if (
        /^(Rs|RM|Rp)$/.test(symbol) &&
        /^[A-Za-z]/.test(doc.text.slice(m.index + symbol.length, m.index + symbol.length + 1))
      )
        continue;
      // Differences and savings ("the extra £24", "$50 off") are not prices of a device.
      const before = lowerText.slice(Math.max(0, m.index - 20), m.index);
      const after = lowerText.slice(m.index + m[0].length, m.index + m[0].length + 14);
      if (
        /\b(extra|additional|save|saving|savings|discounts?|cashback|rebate|increase|jump|hike|bump|cut|drop|difference)\s(?:of\s)?(?:up\sto\s)?(?:an?\s)?$/.test(
          before,
        )
      )
        continue;
      // "the price goes up by $100", "a rise of $50": a change in price, not a price.
      if (
        /\b(?:up|down|rises?|rose|climbs?|falls?|fell|(?:in|de)creased?|raised|lowered|dropped|jumped)\sby\s$/.test(
          before,
        )
      )
        continue;
      if (
        /^\s?(more|less|cheaper|off|extra|discount|saving|premium|increase|hike|jump|bump|cut|drop|difference|price\s(?:hike|increase|jump|cut))\b/.test(
          after,
        )
      )
        continue;
      // "$30 a month over 24 months" is an instalment, not the price.
      if (/^\s?(?:a|per|\/)\s?(?:month|mo|year|yr)\b|^\s?monthly\b/.test(after)) continue;
      // "2.7 pounds" in a sentence about weight is a weight.
      if (
        /pounds/i.test(symbol) &&
        /weigh|weight|heavy|light|kg|grams/.test(lowerText.slice(Math.max(0, m.index - 60), m.index + m[0].length + 30))
      )
        continue;
      const currency = currencyOf(symbol, amount, lowerText);
      if (!currency || amount <= 0 || amount > 50_000_000) continue;
      const span: Span<PriceValue> = {
        start: m.index,
        end: m.index + m[0].length,
        label: 'price',
        value: { attribute: 'price', value: { amount, currency } },
        by: ['parsers/price'],
      };
      doc.add('price', span);
    }
  },
};
