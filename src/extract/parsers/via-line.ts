// Trailing credit lines ("Via XperiaGuide", "Source: GSMArena", "[TechnoBuffalo]"): the article's `via`.
import type { Component } from '../component.js';

const LINE = /^\[?\s?(?:via|source|sources|h\/t|hat tip|thanks to)\b:?\s?(.*)$/i;
const BRACKET = /\[([A-Z][\w .&-]{1,40})\]\s*$/;

function splitNames(list: string): string[] {
  return list
    .split(/(?:\bvia\b|,|;|\||\band\b|&)/i)
    .map((s) =>
      s
        .replace(/\b(here|there)\b/gi, '')
        .replace(/[[\]().:]/g, '')
        .trim(),
    )
    .filter((s) => s.length > 1 && /^[A-Z@0-9]/.test(s));
}

export const viaLine: Component = {
  name: 'via-line',
  kind: 'parser',
  requires: ['paragraph'],
  assigns: ['via'],
  run(doc) {
    const paragraphs = doc.layer('paragraph');
    // Only the closing lines of the article carry its credits.
    for (const p of paragraphs.slice(-4)) {
      const line = doc.slice(p);
      const m = LINE.exec(line);
      if (m && line.length < 200) {
        for (const name of splitNames(m[1] ?? ''))
          doc.add('via', { start: p.start, end: p.end, label: 'via', value: name, by: ['parsers/via-line'] });
        continue;
      }
      const b = p === paragraphs[paragraphs.length - 1] ? BRACKET.exec(line) : null;
      if (b?.[1]) {
        const start = p.start + line.lastIndexOf('[');
        doc.add('via', { start, end: p.end, label: 'via', value: b[1].trim(), by: ['parsers/via-line'] });
      }
    }
  },
};
