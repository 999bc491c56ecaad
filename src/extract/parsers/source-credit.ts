// Who a statement is credited to: "according to X", "X reports", "tipster X", "@handle",
// "spotted on TENAA", "a report from X", "the X scoop", unnamed "reports". The span covers the
// credit phrase; which claims it reaches is decided by the attach-source refiner.
import type { EvidenceKind } from '../../core/types.js';
import type { Component } from '../component.js';
import type { Doc, Span } from '../doc.js';
import { REGULATORS, REGULATOR_SHORT_NAMES } from '../lexicon/evidence-cues.js';
import {
  NOT_SOURCES,
  OBJECT_CREDIT_PHRASES,
  SOURCE_ROLES,
  SUBJECT_REPORTING_VERBS,
  UNNAMED_ORIGINS,
} from '../lexicon/reporting-verbs.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../core/calendar.js';
import { BRAND_SPELLINGS } from '../lexicon/brands.js';
import { alternation, pattern } from '../patterns.js';
import { readNameAfter, readNameBefore, type FoundName } from '../util/names.js';
import { stripTrailing } from '../util/text.js';
import { isModelNumber } from './device-name.js';

export interface SourceValue {
  /** The credited name, or null for unnamed origins ("reports"). */
  name: string | null;
  kind: 'named' | 'unnamed' | 'regulator' | 'anaphor' | 'maker';
  evidence?: EvidenceKind;
  /** Named as the origin of the story ("the TechnoBuffalo scoop"), ahead of whoever passed it on. */
  origin?: boolean;
}

/** Phrases match in either case at a sentence start; names stay case-sensitive. */
function anyCase(words: readonly string[]): string {
  return alternation(words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]));
}

const NOT_SOURCE_SET = new Set(NOT_SOURCES);
/** "May", "Monday": capitalised like names, but dates. */
const CALENDAR_WORDS = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES].map((w) => w.charAt(0).toUpperCase() + w.slice(1)));
const ROLES = anyCase(SOURCE_ROLES);

// Each credit pattern finds only the phrase; the name beside it is read word by word (util/names.ts).
/** "according to [the Brazil-based publication,] X" */
const OBJECT_CREDIT = pattern(
  'source/object',
  `\\b(${anyCase(OBJECT_CREDIT_PHRASES)})\\s(?:the\\s|a\\s|an\\s)?(?:[\\w-]{1,30}\\s(?:${ROLES}),?\\s|(?:${ROLES}),?\\s)?`,
  'g',
);
/** "X [, Xiaomi's Product Director,] [has] reports" */
const SUBJECT_CREDIT = pattern(
  'source/subject',
  `(?:(?:has|have|had|also|now|recently|earlier|previously|officially|already|just)\\s){0,2}\\b(?:${alternation(SUBJECT_REPORTING_VERBS)})\\b`,
  'g',
);
/** "tipster X", "the publication, X" */
const ROLE_CREDIT = pattern('source/role', `\\b(?:${ROLES}),?\\s`, 'g');
/** "the X scoop" */
const SCOOP = pattern('source/scoop', '\\b(?:scoop|leak|report|exclusive)\\b', 'g');
/** "a member of the X forum" */
const FORUM = pattern('source/forum', '\\bmember\\sof\\sthe\\s', 'g');
const HANDLE = pattern('source/handle', '(?<![\\w@])@\\w{2,20}\\b', 'g');
const REGULATOR = pattern('source/regulator', `(?<![\\w-])(${alternation(REGULATORS)})(?![\\w-])`, 'g');
const MAKER = pattern(
  'source/maker',
  '\\b(?:(?:hint|teaser|tease|confirmation|announcement|statement|invite|invitation|post|press\\srelease)s?\\s(?:from|by)\\sthe\\s(?:company|firm|manufacturer|maker|brand)|the\\s(?:company|firm|manufacturer|maker|brand)\\s(?:has\\s|have\\s)?(?:confirmed|announced|teased|said|revealed|hinted|sent\\sout|posted|shared))\\b',
  'gi',
);
/** "Sony's own website", "Samsung Vietnam's site": the maker's own listing. */
const MAKER_SITE = pattern(
  'source/maker-site',
  "\\b([A-Z][A-Za-z]+)(?:\\s[A-Z][a-z]+)?['’]s\\s(?:own\\s|official\\s)?(?:\\w+\\s)?(?:website|web\\ssite|site|online\\sstore|store|support\\spage|product\\spage|spec\\ssheet)\\b",
  'g',
);
const UNNAMED = pattern('source/unnamed', `\\b(${alternation(UNNAMED_ORIGINS)})\\b`, 'gi');
const ANAPHOR = pattern(
  'source/anaphor',
  '\\b(?:(?:according\\sto|per|says|said|claims|by)\\s(the\\s(?:leaker|tipster|leakster|publication|site|report|listing|post|source|insider|analyst|outlet|blog|filing|retailer))|(the\\s(?:leaker|tipster|leakster|publication|site|report|listing|post|tweet|insider|analyst|outlet|blog|filing|retailer))\\s(?:also\\s)?(?:suggested|suggests|said|says|claimed|claims|added|adds|reveals|revealed|shows|showed|states|stated|mentions|mentioned|lists|listed|confirms|confirmed))\\b',
  'gi',
);

/** Trim a captured name: possessive owners ("China's IT Home" → "IT Home"), trailing role words, "the". */
export function cleanName(raw: string): string | null {
  let name = stripTrailing(raw.trim(), ".,;:’'");
  // "China's IT Home", "Android Police's David Ruddock": the name after the last possessive.
  const owned = Math.max(name.lastIndexOf("'s "), name.lastIndexOf('’s '));
  if (owned > 0 && /^[A-Z0-9]/.test(name)) name = name.slice(owned + 3);
  name = name.replace(/['’]s$/, '');
  name = name.replace(/^(?:The|the)\s/, '');
  // "Tipster Ice Universe", "Reporter Dana Whitlock": the role is not part of the name.
  const role = /^([A-Z][a-z]+)\s/.exec(name)?.[1];
  if (role && SOURCE_ROLES.includes(role.toLowerCase())) name = name.slice(role.length + 1);
  // "Dana Whitlock of The Wire Desk": the person is the source.
  const of = name.indexOf(' of ');
  if (of > 0) name = name.slice(0, of);
  const words = name.split(/\s/);
  while (
    words.length > 1 &&
    (NOT_SOURCE_SET.has(words[words.length - 1]!) || /^(of|de|la)$/.test(words[words.length - 1]!))
  )
    words.pop();
  name = words.join(' ');
  if (!name || NOT_SOURCE_SET.has(words[0]!) || CALENDAR_WORDS.has(words[0]!)) return null;
  if (/^\d+$/.test(name) || isModelNumber(name)) return null;
  // "5,000mAh" read as "000mAh" is a value; a name that starts with digits has a word in it ("9to5Google").
  if (/^\d/.test(name) && (name.match(/[A-Za-z]/g)?.length ?? 0) < 5) return null;
  return name;
}

function add(doc: Doc, start: number, end: number, value: SourceValue, rule: string): void {
  if (rule === 'scoop') value.origin = true;
  const span: Span<SourceValue> = { start, end, label: value.kind, value, by: [`parsers/source-credit:${rule}`] };
  doc.add('source', span);
}

function each(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  // The module's own global pattern, rewound: no callback scans with the same pattern, and a copy per
  // call costs more than the scan of a short article.
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    else fn(m);
  }
  re.lastIndex = 0;
}

function isNamedHere(doc: Doc, name: string, start: number, end: number): boolean {
  // A device name or the publisher itself is not a source of the claims.
  if (doc.meta.publisher && name.toLowerCase() === doc.meta.publisher.toLowerCase()) return false;
  return doc.overlapping('device', start, end).length === 0;
}

export const sourceCredits: Component = {
  name: 'source-credit',
  kind: 'parser',
  requires: ['device'],
  assigns: ['source'],
  run(doc) {
    const text = doc.text;
    each(UNNAMED, text, (m) => {
      // "the outlet's sources", "its sources": the sources of a source already named.
      const owned = /\b(?:the\s[\w-]+['’]s|its|their|his|her)\s$/i.test(text.slice(Math.max(0, m.index - 24), m.index));
      add(doc, m.index, m.index + m[0].length, { name: null, kind: owned ? 'anaphor' : 'unnamed' }, 'unnamed');
    });
    each(MAKER, text, (m) =>
      add(doc, m.index, m.index + m[0].length, { name: null, kind: 'maker', evidence: 'official' }, 'maker'),
    );
    each(MAKER_SITE, text, (m) => {
      const brand = BRAND_SPELLINGS[(m[1] ?? '').toLowerCase()];
      if (brand)
        add(doc, m.index, m.index + m[0].length, { name: brand, kind: 'maker', evidence: 'official' }, 'maker-site');
    });
    each(ANAPHOR, text, (m) => add(doc, m.index, m.index + m[0].length, { name: null, kind: 'anaphor' }, 'anaphor'));
    each(REGULATOR, text, (m) => {
      const name = REGULATOR_SHORT_NAMES[m[1] ?? ''] ?? m[1] ?? '';
      const evidence: EvidenceKind = /geekbench|antutu|gfxbench/i.test(name) ? 'benchmark' : 'regulatory_filing';
      add(doc, m.index, m.index + m[0].length, { name, kind: 'regulator', evidence }, 'regulator');
    });
    each(HANDLE, text, (m) => add(doc, m.index, m.index + m[0].length, { name: m[0], kind: 'named' }, 'handle'));
    const named = (found: FoundName | null, from: number, to: number, rule: string) => {
      if (!found) return;
      const name = cleanName(found.name);
      if (!name || /^(reports?|rumou?rs?|sources?)$/i.test(name)) return;
      if (!isNamedHere(doc, name, found.start, found.end)) return;
      if (REGULATORS.includes(name)) return;
      add(doc, Math.min(from, found.start), Math.max(to, found.end), { name, kind: 'named' }, rule);
    };
    each(OBJECT_CREDIT, text, (m) => {
      // A trailing "Via X" line credits the article (via-line), not a claim.
      if (/^(via|per)$/i.test(m[1] ?? '') && /^\s*$/.test(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index)))
        return;
      named(readNameAfter(text, m.index + m[0].length), m.index, m.index + m[0].length, 'object');
    });
    each(SUBJECT_CREDIT, text, (m) => {
      if (text[m.index - 1] !== ' ') return;
      let end = m.index - 1;
      // "until Google confirms it": a condition, not a credit.
      if (
        /\b(?:until|unless|if|once|before|when|whether)\s(?:[A-Z][\w-]*\s){1,3}$/.test(
          text.slice(Math.max(0, m.index - 40), m.index),
        )
      )
        return;
      // "XperiaBlog's report": a possessive makes the word a noun, not a verb with a subject.
      if (/['’]s$/.test(text.slice(Math.max(0, end - 2), end))) return;
      // "Android Notebook, which says": the name stands before the relative pronoun.
      if (/,\s(?:which|who)$/.test(text.slice(Math.max(0, end - 8), end))) end = text.lastIndexOf(',', end - 1);
      // "Thomas, Xiaomi's Product Director, revealed": step back over the appositive between commas.
      if (text[end - 1] === ',') {
        const open = text.lastIndexOf(',', end - 2);
        if (open < 0 || end - open > 64 || text.slice(open, end).includes('.')) return;
        end = open;
      }
      // "Xiaomi's Redmi brand has confirmed": the maker speaks.
      const roleWord = /\s(?:brand|company|subsidiary)$/.exec(text.slice(Math.max(0, end - 14), end));
      const ownerEnd = roleWord ? end - roleWord[0].length : -1;
      const ownerStart = ownerEnd > 0 ? text.lastIndexOf(' ', ownerEnd - 1) + 1 : -1;
      const owner = ownerEnd > 0 ? text.slice(ownerStart, ownerEnd) : '';
      const brandName = BRAND_SPELLINGS[owner.replace(/['’]s$/, '').toLowerCase()];
      if (brandName) {
        named({ name: brandName, start: ownerStart, end: ownerEnd }, m.index, m.index + m[0].length, 'subject');
        return;
      }
      // Makers that write their name in lower case ("vivo has confirmed").
      const lowerBrand = /(?:^|\s)(vivo|realme|iqoo|nubia)$/i.exec(text.slice(Math.max(0, end - 8), end));
      if (lowerBrand) {
        const start = end - lowerBrand[1]!.length;
        named(
          { name: BRAND_SPELLINGS[lowerBrand[1]!.toLowerCase()] ?? lowerBrand[1]!, start, end },
          m.index,
          m.index + m[0].length,
          'subject',
        );
        return;
      }
      named(readNameBefore(text, end), m.index, m.index + m[0].length, 'subject');
    });
    each(ROLE_CREDIT, text, (m) =>
      named(readNameAfter(text, m.index + m[0].length), m.index, m.index + m[0].length, 'role'),
    );
    each(SCOOP, text, (m) => {
      const found = text[m.index - 1] === ' ' ? readNameBefore(text, m.index - 1) : null;
      if (found && /\bthe\s$/i.test(text.slice(Math.max(0, found.start - 4), found.start)))
        named(found, m.index, m.index + m[0].length, 'scoop');
    });
    each(FORUM, text, (m) => {
      const found = readNameAfter(text, m.index + m[0].length);
      if (found && /^\sforums?\b/.test(text.slice(found.end, found.end + 8)))
        named(found, m.index, m.index + m[0].length, 'forum');
    });
  },
};
