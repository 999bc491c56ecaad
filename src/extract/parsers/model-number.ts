// Model numbers ("D6503", "SM-R810", "XT1540", "DLI-TL20") and codenames ("codename Sirius",
// 'D6503 "Sirius"', 'internal codename is "Osprey"').
import type { Component } from '../component.js';
import type { Span } from '../doc.js';
import { isModelNumber } from './device-name.js';
import { regexParser, type ValueSpan } from './regex-parser.js';

const NOT_CODENAMES = new Set([
  'The',
  'A',
  'An',
  'It',
  'This',
  'That',
  'Is',
  'Was',
  'And',
  'Or',
  'Of',
  'Image',
  'Photo',
  'Credit',
]);

export const modelNumber: Component = {
  name: 'model-number',
  kind: 'parser',
  requires: [],
  assigns: ['spec'],
  run(doc) {
    for (const token of doc.tokens()) {
      // Model numbers start with a capital letter and hold a digit.
      const c = token.text.charCodeAt(0);
      if (c < 65 || c > 90 || token.text.length < 5) continue;
      const word = token.text.replace(/['’]s$/, '');
      if (!isModelNumber(word)) continue;
      const before = doc.text.slice(Math.max(0, token.start - 30), token.start);
      const after = doc.text.slice(token.end, token.end + 20);
      // Chipset part numbers and product codes of components are not the device's model number.
      if (
        /(qualcomm|snapdragon|mediatek|exynos|kirin|dimensity|helio|tensor|bionic|chip|processor|soc|sensor|modem)\W*$/i.test(
          before,
        )
      )
        continue;
      if (/^\W*(chip|processor|soc|sensor|modem|gpu|cpu)/i.test(after)) continue;
      const span: Span<ValueSpan> = {
        start: token.start,
        end: token.start + word.length,
        label: 'model_number',
        value: { attribute: 'model_number', value: word },
        by: ['parsers/model-number'],
      };
      doc.add('spec', span);
    }
  },
};

export const codename = regexParser(
  'codename',
  'spec',
  /(?:\bcode-?named?\s(?:is\s|was\s|of\s)?(?:["“'‘]([A-Za-z][a-z0-9]{2,15})["”'’]|([A-Z][a-z]{2,15}))|\b[A-Z]{1,4}-?\d{3,5}[A-Z]{0,2}\s["“]([A-Z][a-z]{2,15})["”]|\b(?:known\s(?:inside\s[A-Z]\w{1,15}|internally)\sas|internally\sknown\sas|goes\sby|called)\s["“]((?:[A-Z][a-z]+\s)?[a-z][a-z0-9]{2,15})["”])/g,
  (m, doc) => {
    let name = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (!name || NOT_CODENAMES.has(name)) return null;
    // "a device called "Google caiman", the codename…": only when the text says it is a codename.
    if (m[4] && /\bcalled\s/.test(m[0]) && !/code-?name/i.test(doc.text.slice(m.index, m.index + m[0].length + 60)))
      return null;
    const offset = m[0].lastIndexOf(name);
    // "Google caiman": the maker's name is not part of the codename.
    const brand = /^[A-Z][a-z]+\s/.exec(name);
    if (brand && m[4]) name = name.slice(brand[0].length);
    return { attribute: 'codename', value: name, start: m[3] ? offset - 1 : m[4] ? offset - 1 : 0, end: m[0].length };
  },
  ['code', '"', '“', 'known', 'called'],
);
