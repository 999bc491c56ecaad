// Battery capacity in mAh ("3,000mAh", "5000 mAh").
import { parseNumber } from '../util/numbers.js';
import { regexParser } from './regex-parser.js';

export const battery = regexParser(
  'battery',
  'spec',
  /\b(\d{1,2},\d{3}|\d{2,5})\s?mAh\b/gi,
  (m) => {
    const n = parseNumber(m[1] ?? '');
    if (n === null || n < 50 || n > 40000) return null;
    return { attribute: 'battery_mah', value: n };
  },
  { hints: ['mah'], digitFirst: true },
);
