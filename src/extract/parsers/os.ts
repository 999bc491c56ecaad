// Operating systems: "Android 4.4 KitKat", "Android Lollipop", "KitKat", "iOS 18", "Wear OS", "HarmonyOS 4".
import { ANDROID_LETTERS, ANDROID_NAMES } from '../lexicon/os-names.js';
import { around, regexParser } from './regex-parser.js';

const NAMES = Object.keys(ANDROID_NAMES).join('|');
const LETTERS = Object.keys(ANDROID_LETTERS).join('|');

export const operatingSystem = regexParser(
  'os',
  'spec',
  new RegExp(
    `\\b(?:Android\\s(\\d{1,2}(?:\\.\\d){0,2})(?:\\s(?:${NAMES}))?|Android\\s(${NAMES}|${LETTERS})(?=$|[\\s,.;)]|-based)|(${NAMES})(?=\\s|,|\\.|$)|(iOS|iPadOS|watchOS|macOS|HarmonyOS|One UI|ColorOS|OxygenOS|Windows)\\s(\\d{1,2}(?:\\.\\d){0,2})|(Wear\\s?OS|Tizen(?:\\s?OS)?|HarmonyOS|Fire OS|ChromeOS|Chrome OS)(?:\\s(\\d(?:\\.\\d)?)\\b(?![.,]?\\d))?)\\b`,
    'g',
  ),
  (m, doc) => {
    const { pre } = around(doc, m, 40, 0);
    // Older versions shown in leaked screenshots and promised updates are not what the device ships with.
    if (
      /(older|previous|outdated|promise of|update to|upgrade to|upgraded to|instead of|unlike)\s(?:the\s)?(?:\w+\s)?$/.test(
        pre,
      )
    )
      return null;
    let value: string | null = null;
    if (m[1]) value = `Android ${m[1]}`;
    else if (m[2]) value = `Android ${ANDROID_NAMES[m[2]] ?? ANDROID_LETTERS[m[2]]}`;
    else if (m[3]) {
      if (!/android|version|os\b|software|run|ship|come/.test(pre.slice(-30))) return null;
      value = `Android ${ANDROID_NAMES[m[3]]}`;
    } else if (m[4] && m[5]) {
      if (/^(One UI|ColorOS|OxygenOS)$/.test(m[4])) return null;
      value = `${m[4]} ${m[5]}`;
    } else if (m[6]) {
      value = /^wear/i.test(m[6]) ? 'Wear OS' : /^tizen/i.test(m[6]) ? 'Tizen' : m[6].replace('Chrome OS', 'ChromeOS');
      if (m[7]) value = `${value} ${m[7]}`;
    }
    return value ? { attribute: 'os', value } : null;
  },
);
