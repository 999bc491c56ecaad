// Statements about the market at large ("most brands are moving to 120Hz panels") or a maker's habits
// ("Samsung rarely prices its flagships above $650") are no device's claim.
import { filterRefiner } from '../component.js';
import { sentenceIndexAt } from './claim-span.js';

const GENERIC =
  /\b(majority\sof|most\s(?:of\s(?:the\s)?)?(?:phones|smartphones|brands|flagships|manufacturers|devices)|brands\sare|other\s(?:brands|manufacturers|phones)|many\s(?:phones|smartphones|brands|manufacturers)|industry\sstandard|in\sgeneral|(?:its|their)\s(?:flagships|phones|smartphones|devices|products)|(?:rarely|usually|typically|traditionally|historically|tends\sto)\s\w+)\b/i;

export const dropGenericStatements = filterRefiner(
  'drop-generic-statements',
  'claim',
  ['sentence', 'device'],
  (span, doc) => {
    const s = doc.layer('sentence')[sentenceIndexAt(doc, span.start)];
    if (!s) return true;
    const text = doc.slice(s);
    if (!GENERIC.test(text)) return true;
    return doc.inside('device', s.start, span.start).length > 0;
  },
);
