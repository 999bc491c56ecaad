// CPU core count ("quad-core", "octa-core", "8-core") and clock ("2.2GHz").
import { parseNumber } from '../util/numbers.js';
import { around, regexParser } from './regex-parser.js';

export const cpuCores = regexParser(
  'cpu-cores',
  'spec',
  /\b(single|dual|quad|hexa|octa|deca|two|four|six|eight|ten|\d{1,2})[\s-]?core\b/gi,
  (m, doc) => {
    const n = parseNumber(m[1] ?? '');
    if (n === null || n < 1 || n > 24) return null;
    const { post } = around(doc, m, 0, 20);
    if (/^\s*(gpu|graphics|npu|neural|score|scores|result|results|performance|test|tests|benchmark)/.test(post))
      return null;
    return { attribute: 'cpu_cores', value: n };
  },
  ['core'],
);

export const cpuClock = regexParser(
  'cpu-clock',
  'spec',
  /\b(\d(?:\.\d{1,2})?)\s?GHz\b/gi,
  (m, doc) => {
    const n = parseNumber(m[1] ?? '');
    if (n === null || n < 0.3 || n > 6) return null;
    const { pre, post } = around(doc, m, 25, 25);
    if (/wi-?fi|band|wifi|wireless|network|spectrum/.test(pre.slice(-12) + post.slice(0, 20))) return null;
    return { attribute: 'cpu_clock_ghz', value: n };
  },
  { hints: ['ghz'], digitFirst: true },
);
