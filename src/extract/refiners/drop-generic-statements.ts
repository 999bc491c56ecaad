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
    // The general remark must stand in the value's own clause ("…typically in late February, and
    // this year is no different: the company will hold an event on February 20" keeps the date).
    const before = doc.text.slice(s.start, span.start);
    const clauseStart = Math.max(before.lastIndexOf(':'), before.lastIndexOf(';')) + 1;
    const clause = doc.text.slice(s.start + clauseStart, s.end);
    if (!GENERIC.test(clause)) return true;
    return doc.inside('device', s.start + clauseStart, span.start).length > 0;
  },
);
