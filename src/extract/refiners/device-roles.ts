// The role a device mention plays in its sentence: its subject ("The Galaxy Watch is expected to…"),
// a comparison ("than the Galaxy S5", "devices like the LG G6, the Galaxy S8 and the Mi MIX"), or other.
import type { Doc, Span } from '../doc.js';

/** 'older-subject': "Last year's Galaxy S23 started at $799", the sentence's own claims are its, but it is
 * neither the article's focus nor the "it" of the next sentence. */
export type MentionRole = 'subject' | 'older-subject' | 'comparative' | 'other';

const COMPARATIVE_BEFORE =
  /\b(than|as|like|from|over|versus|vs\.?|unlike|replac(?:e|es|ing)|successor\sto|follow-up\sto|follow\sup\sto|predecessor|compared\s(?:to|with)|along\swith|alongside|ahead\sof|similar\sto|identical\sto|upgrade\sfrom|of|devices\slike|such\sas|including)\s(?:the\s|its\s|their\s|a\s|an\s|last\syear['’]s\s)?(?:[\w-]+\s)?$/i;
/** "last year's Moto Z Force", "the original Pixel": an older device, named to compare with. */
const OLDER_BEFORE = /\b(?:last\syear['’]s|the\soriginal|the\sprevious|the\solder|the\sold|its\spredecessor,?)\s$/i;
const OLDER_SUBJECT =
  /^["“]?(?:(?:and|but|so|meanwhile|however|for\scomparison|for\sreference|by\scontrast),?\s)?(?:last\syear['’]s|the\soriginal|the\sprevious|the\solder|its\spredecessor,?)\s$/i;
const LIST_JOIN = /^\s?(?:,|and|or|&|, and|, or)\s(?:the\s)?$/i;
const SUBJECT_LEAD =
  /^(?:["“]?(?:the|a|an|this|that|its|our|their|now|and|but|so|meanwhile|however|also|still)\s|[\w-]+,\s){0,2}(?:[\w'’-]+\s)?$/i;

export function mentionRoles(doc: Doc, mentions: Span[]): MentionRole[] {
  const roles: MentionRole[] = [];
  mentions.forEach((m, k) => {
    const s = doc.spanAt('sentence', m.start);
    const from = s?.start ?? 0;
    const before = doc.text.slice(Math.max(from, m.start - 40), m.start);
    const prev = mentions[k - 1];
    // "The previous Zenbook Duo 14 started at $999": an older device that opens the sentence is what
    // the sentence is about.
    if (m.start - from <= 40 && OLDER_SUBJECT.test(doc.text.slice(from, m.start))) roles.push('older-subject');
    else if (COMPARATIVE_BEFORE.test(before) || OLDER_BEFORE.test(before)) roles.push('comparative');
    else if (
      prev &&
      roles[k - 1] === 'comparative' &&
      prev.end <= m.start &&
      LIST_JOIN.test(doc.text.slice(prev.end, m.start))
    )
      roles.push('comparative');
    else if (SUBJECT_LEAD.test(doc.text.slice(from, m.start))) roles.push('subject');
    else roles.push('other');
  });
  return roles;
}
