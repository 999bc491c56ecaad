// Charging power: "65W fast charging", "15W wireless charging", "charging at 25W".
import { parseNumber } from '../util/numbers.js';
import { around, regexParser } from './regex-parser.js';

export const charging = regexParser(
  'charging',
  'spec',
  /\b(\d{1,3}(?:\.\d)?)\s?-?\s?(?:W|watts?)(?![\w-])/g,
  (m, doc) => {
    const n = parseNumber(m[1] ?? '');
    if (n === null || n < 1 || n > 300) return null;
    const { pre, post } = around(doc, m, 30, 40);
    const after = post.slice(0, 35);
    if (!/charg|supervooc|warp|dash|hypercharge|turbopower|power delivery|adapter|brick/.test(after + pre.slice(-20)))
      return null;
    if (/speaker|audio|output|laser|power supply/.test(after.slice(0, 15))) return null;
    // "15W wireless charging", or "Qi wireless charging at 15W".
    const wireless =
      /^[\s\w-]{0,14}(reverse\s)?(wireless|qi|magsafe)/.exec(after) ??
      /(reverse\s)?(wireless|qi|magsafe)\s(?:fast\s)?charging\b[^.,;]{0,30}$/.exec(pre);
    const qualifier = wireless ? (wireless[1] ? 'reverse wireless' : 'wireless') : null;
    return { attribute: 'charging_w', value: n, qualifier };
  },
  { digitFirst: true },
);
