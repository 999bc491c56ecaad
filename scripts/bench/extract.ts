// `npm run bench:extract`: full extraction against wink-nlp's readDoc + entities, in one process,
// over the same ≥ 5 MB of article text. Target (issue 2): hearsay at least 2× wink-nlp.
//
//   node --import tsx scripts/bench/extract.ts [--mb 5] [--rounds 5] [--warmup 2]
import { extractClaims } from '../../src/extract/index.js';
import { buildCorpus, flag, mb, median, type BenchArticle } from './corpus.js';
import { makeWinkPass } from './wink.js';

const TARGET_RATIO = 2;
const minMB = flag('mb', 5);
const rounds = Math.max(1, flag('rounds', 5));
const warmupRounds = Math.max(0, flag('warmup', 2));

const corpus = buildCorpus(minMB * 1e6);
const wink = makeWinkPass('entities-only');
const winkDefault = makeWinkPass('default');

function runHearsay(articles: BenchArticle[]): number {
  let claims = 0;
  for (const { text, published } of articles) {
    const { result } = extractClaims(
      { text, format: 'text', title: null, published, publisher: null, authors: [], url: null },
      { published },
    );
    claims += result.claims.length;
  }
  return claims;
}

function runWink(articles: BenchArticle[], pass = wink): number {
  let entities = 0;
  for (const { text } of articles) entities += pass(text).length;
  return entities;
}

// The entities-only pipe must find what the default pipeline finds, or it is not the same pass
// (checked on the first 500 articles, which span every seed page).
const differing = corpus.articles
  .slice(0, 500)
  .filter(({ text }) => JSON.stringify(wink(text)) !== JSON.stringify(winkDefault(text))).length;
if (differing > 0) {
  console.error(`bench: wink-nlp's entities-only pipe differs from its default pipeline on ${differing} articles`);
  process.exit(1);
}

function time(fn: () => number): { ms: number; count: number } {
  const start = performance.now();
  const count = fn();
  return { ms: performance.now() - start, count };
}

console.log(`corpus: ${mb(corpus.bytes)} in ${corpus.articles.length} articles (from ${corpus.origin})`);

// Warm-up on a slice, so both sides are JIT-compiled before timing.
const warm = corpus.articles.slice(0, Math.max(1, Math.ceil(corpus.articles.length / 5)));
for (let i = 0; i < warmupRounds; i++) {
  runHearsay(warm);
  runWink(warm);
  runWink(warm, winkDefault);
}

// Interleave the rounds so drift (thermal, other load) hits both sides alike.
const hearsayMs: number[] = [];
const winkMs: number[] = [];
const winkDefaultMs: number[] = [];
let claims = 0;
let entities = 0;
for (let i = 0; i < rounds; i++) {
  const h = time(() => runHearsay(corpus.articles));
  const w = time(() => runWink(corpus.articles));
  const wd = time(() => runWink(corpus.articles, winkDefault));
  hearsayMs.push(h.ms);
  winkMs.push(w.ms);
  winkDefaultMs.push(wd.ms);
  claims = h.count;
  entities = w.count;
}

const rate = (ms: number) => corpus.bytes / 1e6 / (ms / 1000);
const hMs = median(hearsayMs);
const wMs = median(winkMs);
const wdMs = median(winkDefaultMs);
const ratio = rate(hMs) / rate(wMs);
const fmt = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
const rows = [
  ['hearsay extractClaims', hMs, hearsayMs, `${claims} claims`],
  ['wink-nlp readDoc+entities', wMs, winkMs, `${entities} entities (pipe: sbd, ner)`],
  ['wink-nlp, default pipeline', wdMs, winkDefaultMs, `same entities (all pipes)`],
] as const;
console.log(`rounds: ${rounds} (after ${warmupRounds} warm-up rounds on ${warm.length} articles); median shown`);
for (const [name, ms, all, found] of rows) {
  console.log(
    `${name.padEnd(26)} ${rate(ms).toFixed(2).padStart(8)} MB/s  median ${fmt(ms)}  ` +
      `[${all.map(fmt).join(', ')}]  ${found}`,
  );
}
console.log(
  `ratio hearsay/wink: ${ratio.toFixed(2)}× (target ≥ ${TARGET_RATIO}×: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'}); ` +
    `against wink-nlp's default pipeline: ${(rate(hMs) / rate(wdMs)).toFixed(2)}×`,
);
