// Who a statement is credited to: "according to X", "X reports", "tipster X", "@handle",
// "spotted on TENAA", "a report from X", "the X scoop", unnamed "reports". The span covers the
// credit phrase; which claims it reaches is decided by the attach-source refiner.
import type { EvidenceKind } from '../../core/types.js';
import type { Component } from '../component.js';
import type { Doc, Span } from '../doc.js';
import { REGULATORS } from '../lexicon/evidence-cues.js';
import {
  NOT_SOURCES,
  OBJECT_CREDIT_PHRASES,
  SOURCE_ROLES,
  SUBJECT_REPORTING_VERBS,
  UNNAMED_ORIGINS,
} from '../lexicon/reporting-verbs.js';
import { alternation, pattern } from '../patterns.js';
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

const NAME_TOKEN = "(?:@\\w{2,20}|[A-Z][\\w&.'’-]{0,24}|\\d[\\w-]*[A-Za-z][\\w-]*)";
const NAME = `${NAME_TOKEN}(?:\\s(?:${NAME_TOKEN}|of|de|la))?(?:\\s${NAME_TOKEN}){0,2}`;
const NOT_SOURCE_SET = new Set(NOT_SOURCES);
const MONTH_NAMES =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const ROLES = anyCase(SOURCE_ROLES);

const OBJECT_CREDIT = pattern(
  'source/object',
  `\\b(${anyCase(OBJECT_CREDIT_PHRASES)})\\s(?:the\\s|a\\s|an\\s)?(?:[\\w-]+\\s(?:${ROLES}),?\\s|(?:${ROLES}),?\\s)?(${NAME})`,
  'g',
);
const SUBJECT_CREDIT = pattern(
  'source/subject',
  `(?<![\\w@])(${NAME})(?:,[^,.]{3,60},)?\\s(?:has\\s|have\\s|had\\s|also\\s|now\\s|recently\\s|earlier\\s|previously\\s)?(${alternation(SUBJECT_REPORTING_VERBS)})\\b`,
  'g',
);
const ROLE_CREDIT = pattern('source/role', `\\b(?:${ROLES}),?\\s(${NAME})`, 'g');
const HANDLE = pattern('source/handle', '(?<![\\w@])@\\w{2,20}\\b', 'g');
const REGULATOR = pattern('source/regulator', `(?<![\\w-])(${alternation(REGULATORS)})(?![\\w-])`, 'g');
const SCOOP = pattern('source/scoop', `\\bthe\\s(${NAME})\\s(?:scoop|leak|report|exclusive)\\b`, 'g');
const FORUM = pattern('source/forum', `\\bmember\\sof\\sthe\\s(${NAME})\\sforums?\\b`, 'g');
const MAKER = pattern(
  'source/maker',
  '\\b(?:(?:hint|teaser|tease|confirmation|announcement|statement|invite|invitation|post|press\\srelease)s?\\s(?:from|by)\\sthe\\s(?:company|firm|manufacturer|maker|brand)|the\\s(?:company|firm|manufacturer|maker|brand)\\s(?:has\\s|have\\s)?(?:confirmed|announced|teased|said|revealed|hinted|sent\\sout|posted|shared))\\b',
  'gi',
);
const UNNAMED = pattern('source/unnamed', `\\b(${alternation(UNNAMED_ORIGINS)})\\b`, 'gi');
const ANAPHOR = pattern(
  'source/anaphor',
  '\\b(?:according\\sto|per|says|said|claims|by)\\s(the\\s(?:leaker|tipster|leakster|publication|site|report|listing|post|source|insider|analyst|outlet|blog|filing|retailer))\\b',
  'gi',
);

/** Trim a captured name: possessive owners ("China's IT Home" → "IT Home"), trailing role words, "the". */
export function cleanName(raw: string): string | null {
  let name = raw.trim().replace(/[.,;:’']+$/, '');
  const possessive = /^[A-Z][\w-]*['’]s\s(.+)$/.exec(name);
  if (possessive?.[1]) name = possessive[1];
  name = name.replace(/['’]s$/, '');
  name = name.replace(/^(?:The|the)\s/, '');
  // "Dana Whitlock of The Wire Desk": the person is the source.
  name = name.replace(/\sof\s.*$/, '');
  const words = name.split(/\s/);
  while (
    words.length > 1 &&
    (NOT_SOURCE_SET.has(words[words.length - 1]!) || /^(of|de|la)$/.test(words[words.length - 1]!))
  )
    words.pop();
  name = words.join(' ');
  if (!name || NOT_SOURCE_SET.has(words[0]!) || MONTH_NAMES.test(words[0]!)) return null;
  if (/^\d+$/.test(name) || isModelNumber(name)) return null;
  return name;
}

function add(doc: Doc, start: number, end: number, value: SourceValue, rule: string): void {
  if (rule === 'scoop') value.origin = true;
  const span: Span<SourceValue> = { start, end, label: value.kind, value, by: [`parsers/source-credit:${rule}`] };
  doc.add('source', span);
}

function each(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  const r = new RegExp(re.source, re.flags);
  let m: RegExpExecArray | null;
  while ((m = r.exec(text)) !== null) {
    if (m[0].length === 0) r.lastIndex++;
    else fn(m);
  }
}

function isNamedHere(doc: Doc, name: string, start: number, end: number): boolean {
  // A device name or the publisher itself is not a source of the claims.
  if (doc.meta.publisher && name.toLowerCase() === doc.meta.publisher.toLowerCase()) return false;
  return !doc.layer('device').some((d) => d.start < end && start < d.end);
}

export const sourceCredits: Component = {
  name: 'source-credit',
  kind: 'parser',
  requires: ['device'],
  assigns: ['source'],
  run(doc) {
    const text = doc.text;
    each(UNNAMED, text, (m) => add(doc, m.index, m.index + m[0].length, { name: null, kind: 'unnamed' }, 'unnamed'));
    each(MAKER, text, (m) =>
      add(doc, m.index, m.index + m[0].length, { name: null, kind: 'maker', evidence: 'official' }, 'maker'),
    );
    each(ANAPHOR, text, (m) => add(doc, m.index, m.index + m[0].length, { name: null, kind: 'anaphor' }, 'anaphor'));
    each(REGULATOR, text, (m) => {
      const name = m[1] ?? '';
      const evidence: EvidenceKind = /geekbench|antutu|gfxbench/i.test(name) ? 'benchmark' : 'regulatory_filing';
      add(doc, m.index, m.index + m[0].length, { name, kind: 'regulator', evidence }, 'regulator');
    });
    each(HANDLE, text, (m) => add(doc, m.index, m.index + m[0].length, { name: m[0], kind: 'named' }, 'handle'));
    const named = (m: RegExpExecArray, group: number, rule: string) => {
      const raw = m[group] ?? '';
      const offset = m.index + m[0].lastIndexOf(raw);
      const name = cleanName(raw);
      if (!name || /^(reports?|rumou?rs?|sources?)$/i.test(name)) return;
      if (!isNamedHere(doc, name, offset, offset + raw.length)) return;
      if (REGULATORS.includes(name)) return;
      add(doc, m.index, m.index + m[0].length, { name, kind: 'named' }, rule);
    };
    each(OBJECT_CREDIT, text, (m) => {
      if (/^(via|per)$/i.test(m[1] ?? '') && /^\s*$/.test(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index)))
        return;
      named(m, 2, 'object');
    });
    each(SUBJECT_CREDIT, text, (m) => named(m, 1, 'subject'));
    each(ROLE_CREDIT, text, (m) => named(m, 1, 'role'));
    each(SCOOP, text, (m) => named(m, 1, 'scoop'));
    each(FORUM, text, (m) => named(m, 1, 'forum'));
  },
};
