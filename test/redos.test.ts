// No regular expression in hearsay may backtrack super-linearly (issue 2; PRODUCT.md "text built to
// make a regular expression take forever"). Every pattern is checked with recheck:
//   (a) each regex literal in src/**/*.ts, found by parsing the file with the TypeScript compiler,
//       and each `new RegExp('literal')`;
//   (b) each pattern extraction builds at run time through `pattern()` (src/extract/patterns.ts),
//       read from `compiledPatterns()` after the pipeline has been imported.
// A `new RegExp(expr)` whose source is not a literal cannot be checked here: build it with
// `pattern()` instead (or, outside extraction, put `// redos-ok: <why>` on the line above it).
//
// Note that recheck judges the pattern as `String.prototype.match` runs it: unanchored, trying every
// start position. So `\d+\s*GB` is quadratic on a long run of digits with no "GB"; anchor such a
// pattern to the start of a run, e.g. `(?<!\d)\d+\s*GB`.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { check, type Diagnostics } from 'recheck';
import ts from 'typescript';
// Nothing from src/ is imported statically: the RegExp constructor must be wrapped first (below).

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Per-pattern budget. The native backend answers in milliseconds; fuzzing can take several seconds. */
const CHECK_TIMEOUT_MS = 30_000;
const CONCURRENCY = Math.max(1, Math.min(4, availableParallelism()));
/** recheck falls back to (slow, approximate) fuzzing above these sizes; the automaton copes with more. */
const AUTOMATON_FIRST = { maxRepeatCount: 200, maxNFASize: 100_000, maxPatternSize: 5_000 };
const AUTOMATON_TIMEOUT_MS = 1_500;
const AUTOMATON_RETRY_TIMEOUT_MS = 15_000;
/** The one module allowed to call `new RegExp(variable)`: it registers what it builds. */
const REGISTRY_FILE = 'src/extract/patterns.ts';

interface Subject {
  /** Where the pattern comes from: `src/x.ts:12` or `pattern parsers/price`. */
  where: string;
  source: string;
  flags: string;
}

// ---- (a) patterns written in the source ----

function sourceFiles(): string[] {
  const dir = path.join(root, 'src');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.test.ts'))
    .map((f) => path.join('src', f).split(path.sep).join('/'))
    .sort();
}

function literalText(node: ts.Node): string | null {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : null;
}

/** A `new RegExp(expr)` whose source is not a literal: checkable only if it runs during the test. */
interface DynamicSite {
  file: string;
  lines: [number, number];
  text: string;
}

function scanSources(): { subjects: Subject[]; dynamic: DynamicSite[] } {
  const subjects: Subject[] = [];
  const dynamic: DynamicSite[] = [];
  for (const file of sourceFiles()) {
    const text = readFileSync(path.join(root, file), 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const where = (node: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sf);
        const slash = literal.lastIndexOf('/');
        subjects.push({ where: where(node), source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [sourceArg, flagsArg] = node.arguments ?? [];
        const source = sourceArg ? literalText(sourceArg) : null;
        const flags = flagsArg ? literalText(flagsArg) : '';
        if (source !== null && flags !== null) {
          subjects.push({ where: where(node), source, flags });
        } else if (sourceArg && isSourceCopy(sourceArg)) {
          // `new RegExp(OTHER.source, flags)` copies a pattern that is checked where it is written.
        } else if (file !== REGISTRY_FILE && !hasRedosOkComment(text, node)) {
          const line = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line + 1;
          dynamic.push({ file, lines: [line(node.getStart(sf)), line(node.getEnd())], text: node.getText(sf) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { subjects, dynamic };
}

function isSourceCopy(node: ts.Node): boolean {
  return ts.isPropertyAccessExpression(node) && node.name.text === 'source';
}

/** True when the line above the node (or the node's own line) carries `redos-ok:`. */
function hasRedosOkComment(text: string, node: ts.Node): boolean {
  const start = node.getStart();
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const prevLineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const lineEnd = text.indexOf('\n', start);
  return text.slice(prevLineStart, lineEnd === -1 ? undefined : lineEnd).includes('redos-ok:');
}

// ---- (b) patterns built at run time ----

interface Built extends Subject {
  file: string;
  line: number;
}
const built = new Map<string, Built>();
const srcPrefix = path.join(root, 'src') + path.sep;

/** Records a RegExp when the code that constructed it (the caller of the constructor) is in src/. */
function record(regex: RegExp, stack: string | undefined): void {
  // Frames: [0] "Error", [1] the trap, [2] whoever called `new RegExp` (library code does not count).
  const caller = stack?.split('\n')[2] ?? '';
  const match = /\(?((?:file:\/\/)?\/[^():]+):(\d+):\d+\)?\s*$/.exec(caller);
  if (!match) return;
  const file = match[1]!.startsWith('file://') ? fileURLToPath(match[1]!) : match[1]!;
  if (!file.startsWith(srcPrefix) || file.includes(`${path.sep}node_modules${path.sep}`)) return;
  // pattern() builds these; they are checked under their registered names (compiledPatterns()).
  if (file === path.join(root, REGISTRY_FILE)) return;
  const key = `/${regex.source}/${regex.flags}`;
  if (built.has(key)) return;
  const rel = path.relative(root, file).split(path.sep).join('/');
  const line = Number(match[2]);
  built.set(key, {
    where: `${rel}:${line} (built at run time)`,
    source: regex.source,
    flags: regex.flags,
    file: rel,
    line,
  });
}

const NativeRegExp = globalThis.RegExp;
globalThis.RegExp = new Proxy(NativeRegExp, {
  construct(target, args: [string | RegExp, string?]) {
    const regex = new target(...args);
    record(regex, new Error().stack);
    return regex;
  },
  apply(target, _this, args: [string | RegExp, string?]) {
    const regex = target(...args);
    record(regex, new Error().stack);
    return regex;
  },
});

/** Texts that walk the pipeline's paths: the test pages (read through ingest) and a few snippets. */
function exerciseTexts(readArticle: (input: { bytes: Uint8Array; name: string }) => { text: string }) {
  const texts: { text: string; published: string | null }[] = [
    { text: 'The Sony Xperia Z1s will cost 3,600 yuan (around $590) and ship in early 2014.', published: '2013-11-28' },
    {
      text: 'According to @evleaks, the Galaxy S5 Mini has a 4.5-inch 720p screen and a 2,100mAh battery.',
      published: '2014-05-02',
    },
  ];
  for (const dir of ['test/pages', 'samples']) {
    const full = path.join(root, dir);
    let entries: string[] = [];
    try {
      entries = readdirSync(full, { recursive: true, encoding: 'utf8' }).sort();
    } catch {
      continue; // the folder does not exist yet
    }
    for (const entry of entries) {
      if (!/(^|\/)article\.\w+$|^[^/]+\.(txt|md|html?)$/.test(entry.split(path.sep).join('/'))) continue;
      try {
        const name = path.join(full, entry);
        texts.push({ text: readArticle({ bytes: readFileSync(name), name }).text, published: '2014-01-10' });
      } catch {
        // Reading errors are ingest's tests' business; here we only want the patterns it builds.
      }
    }
  }
  return texts;
}

let runtimeFailure: string | null = null;
let registered: Subject[] = [];
try {
  // Importing the public faces builds the pipeline, so every module has made its patterns.
  const { extractClaims } = await import('../src/extract/index.js');
  const { readArticle } = await import('../src/ingest/index.js');
  const { compiledPatterns } = await import('../src/extract/patterns.js');
  for (const { text, published } of exerciseTexts(readArticle)) {
    try {
      extractClaims(
        { text, format: 'text', title: null, published, publisher: null, authors: [], url: null },
        { published },
      );
    } catch {
      // Throwing is the property tests' business; here we only want the patterns built on the way.
    }
  }
  registered = compiledPatterns().map(({ name, regex }) => ({
    where: `pattern ${name}`,
    source: regex.source,
    flags: regex.flags,
  }));
} catch (e) {
  runtimeFailure = `could not load the pipeline: ${(e as Error).stack ?? e}`;
} finally {
  globalThis.RegExp = NativeRegExp;
}

// ---- checking ----

/** recheck knows the matching flags; `d` (indices) changes nothing about backtracking. */
function checkFlags(flags: string): string {
  return flags.replace(/[d]/g, '');
}

const queue: (() => void)[] = [];
let running = 0;
function limited<T>(job: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const start = () => {
      running++;
      job()
        .then(resolve, reject)
        .finally(() => {
          running--;
          queue.shift()?.();
        });
    };
    if (running < CONCURRENCY) start();
    else queue.push(start);
  });
}

// Exact verdicts are kept between runs in
// node_modules/.cache; a new recheck version or new settings start afresh. HEARSAY_REDOS_CACHE=0 skips it.
const RECHECK_VERSION = (createRequire(import.meta.url)('recheck/package.json') as { version: string }).version;
const CACHE_FILE = path.join(root, 'node_modules/.cache/hearsay/redos.json');
const CACHE_SALT = JSON.stringify([RECHECK_VERSION, AUTOMATON_FIRST, AUTOMATON_TIMEOUT_MS, CHECK_TIMEOUT_MS]);
const useDiskCache = process.env.HEARSAY_REDOS_CACHE !== '0';
const diskCache = new Map<string, Diagnostics>();
if (useDiskCache) {
  try {
    const saved = JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as { salt: string; entries: [string, Diagnostics][] };
    if (saved.salt === CACHE_SALT) for (const [key, d] of saved.entries) diskCache.set(key, d);
  } catch {
    // No cache yet, or an unreadable one: check everything.
  }
}
after(() => {
  if (!useDiskCache) return;
  try {
    mkdirSync(path.dirname(CACHE_FILE), { recursive: true });
    const tmp = `${CACHE_FILE}.${process.pid}`;
    writeFileSync(tmp, JSON.stringify({ salt: CACHE_SALT, entries: [...diskCache] }));
    renameSync(tmp, CACHE_FILE);
  } catch {
    // The cache only saves time; failing to write it must not fail the tests.
  }
});

const cache = new Map<string, Promise<Diagnostics>>();
const timings: { key: string; ms: number; checker: string }[] = [];
function diagnose(source: string, flags: string): Promise<Diagnostics> {
  const key = `/${source}/${checkFlags(flags)}`;
  let result = cache.get(key);
  if (!result) {
    const known = diskCache.get(key);
    result = known
      ? Promise.resolve(known)
      : limited(async () => {
          const started = performance.now();
          // First let the exact automaton checker take larger patterns than its defaults allow (it is
          // fast and exact); if that runs out of time, fall back to recheck's defaults (fuzzing).
          let d = await check(source, checkFlags(flags), { timeout: AUTOMATON_TIMEOUT_MS, ...AUTOMATON_FIRST });
          // On a loaded machine the automaton can miss its first budget for a pattern it settles in well
          // under a second when quiet: give it a second, longer try before falling back to fuzzing.
          if (d.status === 'unknown' && d.error.kind === 'timeout') {
            d = await check(source, checkFlags(flags), { timeout: AUTOMATON_RETRY_TIMEOUT_MS, ...AUTOMATON_FIRST });
          }
          if (d.status === 'unknown' && d.error.kind === 'timeout') {
            d = await check(source, checkFlags(flags), { timeout: CHECK_TIMEOUT_MS });
          }
          timings.push({ key, ms: performance.now() - started, checker: d.checker ?? '?' });
          // A fuzzer's "safe" depends on its time budget, and so on machine load: only exact verdicts
          // and findings (confirmed in V8 when reported) are kept.
          if (d.status === 'vulnerable' || (d.status === 'safe' && d.checker === 'automaton')) diskCache.set(key, d);
          return d;
        });
    cache.set(key, result);
  }
  return result;
}

function shorten(s: string, max = 70): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

type Attack = Extract<Diagnostics, { status: 'vulnerable' }>['attack'];

/**
 * Runs a fuzzer's polynomial attack in V8, quadrupling the pumps until a scan takes 50 ms or the
 * string reaches 200k characters. The fuzzer models some constructs (look-behind) loosely and
 * its verdicts vary with machine load, so a polynomial finding counts only when the time grows
 * faster than the input here: 4× the input takes a linear scan 4× as long, a quadratic one 16×.
 * Each size is timed three times and the fastest kept, so a busy machine does not blur the two.
 */
function superLinearInV8(subject: Subject, attack: Attack): boolean {
  const flags = subject.flags.includes('g') ? subject.flags : `${subject.flags}g`;
  const timeAt = (n: number): { ms: number; length: number } => {
    const text = attack.pumps.map((p) => p.prefix + p.pump.repeat(n)).join('') + attack.suffix;
    let ms = Infinity;
    for (let run = 0; run < 3; run++) {
      const re = new RegExp(subject.source, flags);
      const started = performance.now();
      for (let m = re.exec(text); m !== null; m = re.exec(text)) if (m[0] === '') re.lastIndex++;
      ms = Math.min(ms, performance.now() - started);
    }
    return { ms, length: text.length };
  };
  let previous = timeAt(64);
  for (let n = 256; ; n *= 4) {
    const current = timeAt(n);
    if (current.ms >= 50) return current.ms / Math.max(previous.ms, 0.05) > 8;
    if (current.length > 200_000) return false;
    previous = current;
  }
}

/** Why a pattern is not safe, in one paragraph a person can act on; null when it is safe. */
function explain(subject: Subject, d: Diagnostics): string | null {
  const pattern = `/${shorten(subject.source, 200)}/${subject.flags}`;
  if (d.status === 'safe') return null;
  if (d.status === 'vulnerable' && d.checker === 'fuzz' && d.complexity.type === 'polynomial') {
    if (!superLinearInV8(subject, d.attack)) return null;
  }
  if (d.status === 'unknown') {
    const detail = 'message' in d.error ? `: ${d.error.message}` : '';
    return `${subject.where}: ${pattern} could not be proven safe (${d.error.kind}${detail}); simplify or split it`;
  }
  const hotspots = d.hotspot
    .filter((h) => h.temperature === 'heat')
    .map((h) => JSON.stringify(d.source.slice(h.start, h.end)))
    .join(', ');
  return (
    `${subject.where}: ${pattern} is vulnerable: ${d.complexity.summary.replace(/ \(fuzz\)$/, '')} backtracking ` +
    `(found by recheck's ${d.checker} checker); ` +
    `attack string: ${shorten(d.attack.pattern, 200)}` +
    (hotspots ? `; hot spots: ${hotspots}` : '')
  );
}

const scanned = scanSources();
const subjects = [...scanned.subjects, ...built.values(), ...registered];
// Start every check now so they run in parallel; each test below awaits its own.
const selfTest = { where: 'self-test', source: '^(a+)+$', flags: '' };
const selfTestResult = diagnose(selfTest.source, selfTest.flags);
const results = subjects.map((s) => diagnose(s.source, s.flags));

test('redos: the scanner finds the regex literals in src/', () => {
  // src/extract/patterns.ts escapes lexicon entries with a literal; if this fails the scan is broken.
  assert.ok(
    scanned.subjects.some((s) => s.where.startsWith(`${REGISTRY_FILE}:`)),
    `no regex literal found in ${REGISTRY_FILE}`,
  );
});

test('redos: the pipeline loads and runs with the RegExp constructor watched', () => {
  if (runtimeFailure) assert.fail(runtimeFailure);
});

test('redos: every RegExp built from a non-literal ran during the test, so it was checked', () => {
  const ran = (site: DynamicSite) =>
    [...built.values()].some((b) => b.file === site.file && b.line >= site.lines[0] && b.line <= site.lines[1]);
  const unchecked = scanned.dynamic
    .filter((site) => !ran(site))
    .map((site) => `${site.file}:${site.lines[0]}: ${shorten(site.text.replace(/\s+/g, ' '), 100)}`);
  assert.deepEqual(
    unchecked,
    [],
    'these never ran while the test exercised the pipeline: build them when the module loads, ' +
      'or through pattern() (src/extract/patterns.ts), or mark them `// redos-ok: <why>`',
  );
});

test('redos: the checker reports a known-bad pattern (self-test)', async () => {
  const message = explain(selfTest, await selfTestResult);
  assert.ok(message, '/^(a+)+$/ should be reported vulnerable');
  assert.match(message, /exponential/);
  assert.match(message, /attack string: /);
});

test('redos: a polynomial finding is confirmed by its run time in V8 (self-test)', () => {
  const attack = (pump: string, suffix: string): Attack => ({
    pumps: [{ prefix: '', pump, bias: 0 }],
    suffix,
    base: 0,
    string: '',
    pattern: '',
  });
  // Trailing-whitespace trimming is the textbook quadratic; a plain digit scan is linear.
  assert.equal(superLinearInV8({ where: 'self-test', source: '\\s+$', flags: '' }, attack(' ', 'a')), true);
  assert.equal(superLinearInV8({ where: 'self-test', source: '\\d+x', flags: '' }, attack('0a', 'x')), false);
});

subjects.forEach((subject, i) => {
  test(`redos: ${subject.where} /${shorten(subject.source, 60)}/${subject.flags}`, async () => {
    const message = explain(subject, await results[i]!);
    if (message !== null) assert.fail(message);
  });
});

test('redos: timing (the slowest checks, for whoever wants this file faster)', async (t) => {
  await Promise.allSettled(results);
  if (timings.length === 0) t.diagnostic('every verdict came from the cache (HEARSAY_REDOS_CACHE=0 to recheck)');
  for (const { key, ms, checker } of [...timings].sort((a, b) => b.ms - a.ms).slice(0, 3)) {
    t.diagnostic(`${(ms / 1000).toFixed(1)} s (${checker}) ${shorten(key, 100)}`);
  }
});
