// Display resolution: "1920 x 1080", "2,560×1,440", "1080p", "Full HD", "QHD", "2K", "a 720 display".
import { around, regexParser } from './regex-parser.js';

function wxh(a: number, b: number): string {
  return `${Math.max(a, b)}x${Math.min(a, b)}`;
}

const NAMED: Readonly<Record<string, string>> = {
  'full hd': '1920x1080',
  fhd: '1920x1080',
  'quad hd': '2560x1440',
  qhd: '2560x1440',
  wqhd: '2560x1440',
  '2k': '2560x1440',
  '4k': '3840x2160',
  uhd: '3840x2160',
  '720p': '1280x720',
  '1080p': '1920x1080',
  '1440p': '2560x1440',
  '2160p': '3840x2160',
  '720': '1280x720',
  '1080': '1920x1080',
  '1440': '2560x1440',
};

export const resolutionPair = regexParser(
  'resolution',
  'spec',
  /\b(\d{1,2},?\d{3}|\d{3,4})\s?(?:x|×|\*|by)\s?(\d{1,2},?\d{3}|\d{3,4})\b(?!\s?(?:mm|cm|x|×))/gi,
  (m, doc) => {
    const a = Number((m[1] ?? '').replace(',', ''));
    const b = Number((m[2] ?? '').replace(',', ''));
    if (a < 240 || b < 240 || a > 8000 || b > 8000) return null;
    const { pre } = around(doc, m, 3, 0);
    // Part of a file name or a longer token ("Leak_3-640x473") is not a screen.
    if (/[.\w/-]/.test(pre.slice(-1))) return null;
    return { attribute: 'display_resolution', value: wxh(a, b) };
  },
  { digitFirst: true },
);

export const resolutionNamed = regexParser(
  'resolution-named',
  'spec',
  /\b(full hd|fhd|quad hd|w?qhd|2k|4k|uhd|(?:720|1080|1440|2160)p|720|1080|1440)(?![+\w])/gi,
  (m, doc) => {
    const key = (m[1] ?? '').toLowerCase();
    const { pre, post } = around(doc, m, 25, 30);
    const screenAfter = /^[\s\w,-]{0,22}(display|screen|panel|touchscreen|resolution|amoled|oled|lcd)/.test(post);
    const screenBefore = /(display|screen|panel|resolution)[\s\w,:-]{0,12}$/.test(pre);
    if (/^\d+$/.test(key)) {
      // A bare "720" only names a resolution right before a screen word ("renders a 720 display").
      if (!/^\s?(display|screen|panel|resolution)/.test(post)) return null;
    } else if (!screenAfter && !screenBefore) return null;
    if (/video|record|shoot|film|camera/.test(pre.slice(-20) + post.slice(0, 15))) return null;
    const value = NAMED[key];
    return value ? { attribute: 'display_resolution', value } : null;
  },
  ['hd', '2k', '4k', '720', '1080', '1440', '2160'],
);
