// Body: weight ("158g", "5.5 ounces"), thickness ("8.2mm thick", "146.8 x 73.3 x 8.2mm"), water resistance ("IP68").
import { parseNumber, round } from '../util/numbers.js';
import { around, regexParser } from './regex-parser.js';

const WEIGHT_UNITS: Readonly<Record<string, number>> = {
  g: 1,
  grams: 1,
  gram: 1,
  kg: 1000,
  oz: 28.3495,
  ounces: 28.3495,
  ounce: 28.3495,
  lb: 453.592,
  lbs: 453.592,
  pounds: 453.592,
};

export const weight = regexParser(
  'weight',
  'spec',
  /\b(\d{1,4}(?:\.\d{1,2})?)\s?(g|grams?|kg|oz|ounces?|lbs?|pounds)(?![\w-])/g,
  (m, doc) => {
    const n = parseNumber(m[1] ?? '');
    const unit = WEIGHT_UNITS[(m[2] ?? '').toLowerCase()];
    if (n === null || !unit) return null;
    const { pre, post } = around(doc, m, 40, 20);
    const grams = round(n * unit, 1);
    if (grams < 5 || grams > 5000) return null;
    if (m[2] === 'g' && !/weigh|weight|heavy|light|mm|tips the scales|\bat\b/.test(pre + post)) return null;
    if (/pounds|lbs?/.test(m[2] ?? '') && !/weigh|weight|heavy|light/.test(pre + post)) return null;
    return { attribute: 'weight_g', value: grams };
  },
  { digitFirst: true },
);

export const thickness = regexParser(
  'thickness',
  'spec',
  /\b(?:(\d{2,3}(?:\.\d{1,2})?)\s?(?:x|×|by)\s?(\d{2,3}(?:\.\d{1,2})?)\s?(?:x|×|by)\s?)?(\d{1,2}(?:\.\d{1,2})?)\s?(?:mm|millimet(?:er|re)s?)\b/g,
  (m, doc) => {
    const n = parseNumber(m[3] ?? '');
    if (n === null) return null;
    const { pre, post } = around(doc, m, 30, 25);
    const triple = m[1] !== undefined;
    if (!triple && !/thick|thin|slim|thickness|depth|profile/.test(pre.slice(-20) + post.slice(0, 15))) return null;
    if (n < 3 || n > 30) return null;
    const start = triple ? m[0].lastIndexOf(m[3] ?? '') : 0;
    return { attribute: 'thickness_mm', value: n, start: triple ? 0 : start };
  },
  { hints: ['mm', 'millimet'], digitFirst: true },
);

export const waterResistance = regexParser(
  'water-resistance',
  'spec',
  /\b(IP[X\d][\dX])\b/g,
  (m) => ({ attribute: 'water_resistance', value: m[1] ?? '' }),
  ['ip'],
);
