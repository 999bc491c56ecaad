// Display size ("5.2-inch", "5.5in", "a 5\" screen", "six-inch", "15.5cm") and refresh rate ("120Hz").
import type { Component } from '../component.js';
import { parseNumber, round, WORD_NUMBER_SOURCE } from '../util/numbers.js';
import { around, regexParser } from './regex-parser.js';

const SCREEN_WORDS = /\b(displays?|screens?|panels?|touchscreens?|amoled|oled|lcd|ltpo|tft|ips|retina|monitors?)\b/;

const displaySizeParser = regexParser(
  'display-size',
  'spec',
  new RegExp(
    `\\b(\\d{1,2}(?:\\.\\d{1,2})?|${WORD_NUMBER_SOURCE})(?:\\s?-?\\s?(inch(?:es)?|cm\\b)|(in)\\b|(?:"|”|″)(?=[\\s,]))(?:-?\\s?(?:class|diagonal))?`,
    'gi',
  ),
  (m, doc) => {
    const n = parseNumber(m[1] ?? '');
    if (n === null) return null;
    const { pre, post } = around(doc, m, 30, 45);
    // "the 5.4-inch iPhone 13 mini": a size printed before a device's name is its screen.
    const end = m.index + m[0].length;
    const namesDevice = doc.startingIn('device', end + 1, end + 2).length > 0;
    // "in 4.7-inch and 5.5-inch versions": a phone's size in inches is its screen.
    const variantWord = /^[\s\w,.-]{0,24}\b(versions?|models?|variants?|phablets?|handsets?|phones?)\b/.test(post);
    if (!namesDevice && !variantWord && !SCREEN_WORDS.test(post) && !SCREEN_WORDS.test(pre.slice(-20))) return null;
    // "a one-inch 50MP sensor" is a camera sensor, not a screen.
    if (/^[\s-]{0,3}(?:\w[\w-]*\s){0,2}(sensor|camera|lens|type)\b/.test(post)) return null;
    const inches = m[2]?.toLowerCase() === 'cm' ? round(n / 2.54, 2) : n;
    if (m[3] && /^[\s,]/.test(m[0].slice((m[1] ?? '').length, (m[1] ?? '').length + 1))) return null;
    if (inches < 0.8 || inches > 20) return null;
    return { attribute: 'display_size_in', value: inches };
  },
);

/** Reads the device layer to see a size printed before a device's name. */
export const displaySize: Component = { ...displaySizeParser, requires: ['device'] };

export const refreshRate = regexParser(
  'refresh-rate',
  'spec',
  /\b(\d{2,3})\s?Hz\b/g,
  (m, doc) => {
    const n = parseNumber(m[1] ?? '');
    if (n === null || n < 30 || n > 500) return null;
    const { pre, post } = around(doc, m, 30, 40);
    if (!/refresh|display|screen|panel|amoled|oled|lcd|ltpo/.test(post + pre)) return null;
    if (/touch sampling|sampling rate|pwm/.test(post.slice(0, 25) + pre.slice(-15))) return null;
    return { attribute: 'refresh_rate_hz', value: n };
  },
  { hints: ['hz'], digitFirst: true },
);
