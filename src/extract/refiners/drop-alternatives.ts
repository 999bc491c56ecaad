// Values the writer only weighs as alternatives ("whether the display will actually be 1080p or
// 720p") or asks about are not claims.
import { filterRefiner } from '../component.js';
import { sentenceIndexAt } from './claim-span.js';

const ALTERNATIVE_LEAD = /\b(whether|if\sit\swill\sbe|instead\sof)\b[^.;]{0,70}$/i;

export const dropAlternatives = filterRefiner('drop-alternatives', 'claim', ['sentence'], (span, doc) => {
  const s = doc.layer('sentence')[sentenceIndexAt(doc, span.start)];
  if (!s) return true;
  return !ALTERNATIVE_LEAD.test(doc.text.slice(s.start, span.start));
});
