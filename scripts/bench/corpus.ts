// The benchmark corpus: the project's own article pages (test/pages/*/article.*, then samples/),
// read through ingest exactly as `hearsay extract` reads them, and replicated with varied numbers,
// years and model names (deterministic PRNG) until it reaches the requested size. When no pages
// exist yet, a few synthetic paragraphs stand in.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/core/types.js';
import { readArticle } from '../../src/ingest/index.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface BenchArticle {
  text: string;
  published: string | null;
}

export interface Corpus {
  articles: BenchArticle[];
  bytes: number;
  /** Where the seed articles came from, for the report. */
  origin: string;
}

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readMeta(dir: string): { published: string | null; publisher: string | null } {
  const file = path.join(dir, 'meta.json');
  if (!existsSync(file)) return { published: null, publisher: null };
  const meta = JSON.parse(readFileSync(file, 'utf8')) as { published?: string | null; publisher?: string | null };
  return { published: meta.published ?? null, publisher: meta.publisher ?? null };
}

function read(file: string): Article | null {
  try {
    return readArticle({ bytes: readFileSync(file), name: file });
  } catch (e) {
    process.stderr.write(`bench: skipping ${path.relative(root, file)}: ${(e as Error).message}\n`);
    return null;
  }
}

function seedArticles(): { articles: BenchArticle[]; origin: string } {
  const pagesDir = path.join(root, 'test/pages');
  const fromPages: BenchArticle[] = [];
  if (existsSync(pagesDir)) {
    for (const slug of readdirSync(pagesDir).sort()) {
      const dir = path.join(pagesDir, slug);
      if (!statSync(dir).isDirectory()) continue;
      const file = readdirSync(dir).find((f) => f.startsWith('article.'));
      if (!file) continue;
      const article = read(path.join(dir, file));
      if (article) fromPages.push({ text: article.text, published: readMeta(dir).published ?? article.published });
    }
  }
  if (fromPages.length > 0) return { articles: fromPages, origin: `${fromPages.length} test pages` };

  const samplesDir = path.join(root, 'samples');
  const fromSamples: BenchArticle[] = [];
  if (existsSync(samplesDir)) {
    for (const entry of readdirSync(samplesDir, { recursive: true, encoding: 'utf8' }).sort()) {
      const file = path.join(samplesDir, entry);
      if (!/\.(txt|md|markdown|html?)$/i.test(entry) || !statSync(file).isFile()) continue;
      const article = read(file);
      if (article) fromSamples.push({ text: article.text, published: article.published });
    }
  }
  if (fromSamples.length > 0) return { articles: fromSamples, origin: `${fromSamples.length} samples` };

  return { articles: SYNTHETIC, origin: `${SYNTHETIC.length} synthetic articles (no test pages or samples yet)` };
}

const MODEL_FAMILIES = ['Galaxy', 'Xperia', 'Pixel', 'iPhone', 'OnePlus', 'Redmi', 'Mate', 'Moto', 'Lumia', 'Nexus'];
const SUFFIXES = ['', '', '', ' Mini', ' Plus', ' Pro', ' Max', ' Ultra', ' Lite', ' Compact', ' XL', ' 5G', ' FE'];
// A family name followed by a model token: "Galaxy S4", "Xperia Z1s", "iPhone 6", "Pixel 3".
const MODEL_NAME = new RegExp(`\\b(${MODEL_FAMILIES.join('|')}) ([A-Z]{0,2}\\d{1,4}[a-z]?)\\b`, 'g');
const NUMBER = /\d+/g;

/** One varied copy: other digits of the same length, years shifted together, other model tokens. */
export function vary(article: BenchArticle, random: () => number): BenchArticle {
  const yearShift = Math.floor(random() * 7) - 3;
  const models = new Map<string, string>();
  const text = article.text
    .replace(MODEL_NAME, (whole: string, family: string) => {
      let replacement = models.get(whole);
      if (!replacement) {
        const letter = random() < 0.5 ? String.fromCharCode(65 + Math.floor(random() * 26)) : '';
        const suffix = SUFFIXES[Math.floor(random() * SUFFIXES.length)] ?? '';
        replacement = `${family} ${letter}${1 + Math.floor(random() * 20)}${suffix}`;
        models.set(whole, replacement);
      }
      return replacement;
    })
    .replace(NUMBER, (digits: string) => {
      const n = Number(digits);
      if (digits.length === 4 && n >= 1990 && n <= 2040) return String(n + yearShift);
      if (digits.length === 1) return digits;
      let out = String(1 + Math.floor(random() * 9));
      for (let i = 1; i < digits.length; i++) out += String(Math.floor(random() * 10));
      return out;
    });
  const published = article.published?.replace(/^\d{4}/, (y) => String(Number(y) + yearShift)) ?? null;
  return { text, published };
}

/** Seed articles, then varied copies of them, until `enough(count, bytes)` says stop. */
function replicate(seed: number, enough: (count: number, bytes: number) => boolean): Corpus {
  const { articles: seeds, origin } = seedArticles();
  const random = prng(seed);
  const articles: BenchArticle[] = [];
  let bytes = 0;
  for (let i = 0; !enough(articles.length, bytes); i++) {
    const seedArticle = seeds[i % seeds.length]!;
    const copy = i < seeds.length ? seedArticle : vary(seedArticle, random);
    articles.push(copy);
    bytes += Buffer.byteLength(copy.text);
  }
  return { articles, bytes, origin };
}

/** At least `minBytes` of UTF-8 article text. */
export function buildCorpus(minBytes: number, seed = 20140101): Corpus {
  return replicate(seed, (_, bytes) => bytes >= minBytes);
}

/** Exactly `count` articles: the seeds, then varied copies. */
export function buildCorpusOfCount(count: number, seed = 20140101): Corpus {
  return replicate(seed, (n) => n >= count);
}

/**
 * Writes `files` articles, or at least `minBytes` of them, as plain-text files (the text as ingest
 * read it), so a whole-process run of hearsay and of the wink-nlp script read exactly the same
 * characters. Reuses the folder when its manifest says it already holds this corpus.
 */
export function writeCorpusFiles(dir: string, options: { files?: number; minBytes?: number }): Corpus {
  const key = JSON.stringify({ version: 1, ...options, origin: seedArticles().origin });
  // Beside the folder, not in it: the folder is handed to `hearsay extract` whole.
  const manifest = `${dir}.manifest.json`;
  if (existsSync(manifest)) {
    const saved = JSON.parse(readFileSync(manifest, 'utf8')) as { key: string; bytes: number; count: number };
    if (saved.key === key) return { articles: [], bytes: saved.bytes, origin: `${saved.count} files, reused` };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { files, minBytes = 0 } = options;
  const corpus = replicate(7, (count, bytes) => (files !== undefined ? count >= files : bytes >= minBytes));
  // Spread over sub-folders so no single directory holds tens of thousands of entries.
  corpus.articles.forEach((article, i) => {
    const sub = path.join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `article-${String(i).padStart(6, '0')}.txt`), article.text);
  });
  writeFileSync(manifest, JSON.stringify({ key, bytes: corpus.bytes, count: corpus.articles.length }));
  return { ...corpus, origin: `${corpus.articles.length} files from ${corpus.origin}` };
}

export function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(2)} MB`;
}

/** Reads `--name value` from argv, with a default. */
export function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

// Stand-ins written for the benchmark, used only until test/pages or samples exist.
const SYNTHETIC: BenchArticle[] = [
  {
    published: '2013-11-28',
    text: `Sony Xperia Z1s price and release date leak ahead of launch

A photo posted to a Chinese forum shows what appears to be a box for the Sony Xperia Z1s with a price of 3,600 yuan (around $590, AU$640) printed on the side. According to the poster, the handset will go on sale in the first quarter of 2014.

The Xperia Z1s is said to be a smaller version of the Xperia Z1, with a 4.3-inch 720p display instead of the flagship's 5-inch Full HD screen. Reports are pointing towards the same 2.2GHz quad-core Snapdragon 800 chipset, 2GB of RAM and 16GB of storage, along with the 20.7MP camera that made the Z1 stand out.

There's no way to verify the photo, so take the price with a pinch of salt. We'd be surprised if Sony charged that much for a compact model.

Via XperiaGuide`,
  },
  {
    published: '2019-08-02',
    text: `OnePlus 7T Pro specs tipped by a retailer listing

A listing on an Indian retailer's website, spotted by tipster @ishanagarwal24, gives away most of the OnePlus 7T Pro before its expected unveiling at an event in October. The phone is listed at Rs 53,999 for the 8GB/256GB model, with a 12GB variant at Rs 58,999.

The listing mentions a 6.67-inch QHD+ display with a 90Hz refresh rate, the Snapdragon 855 Plus, a 4,085mAh battery with 30W charging and Android 10 out of the box. A 48MP main camera sits on the back, while the pop-up selfie camera stays at 16MP.

OnePlus has not confirmed any of this, but retailer listings have been reliable for the company's phones in the past. The standard OnePlus 7T is expected to launch first, later this month.`,
  },
  {
    published: '2020-01-15',
    text: `Samsung Galaxy S20 Ultra leak: 108MP camera, 5,000mAh battery and a $1,399 price

Samsung will announce the Galaxy S20 range at its Unpacked event on February 11, and the biggest model has leaked in full. According to a report from WinFuture, the Galaxy S20 Ultra will cost €1,349 in Europe, while US pricing is tipped at $1,399.

The phone is said to have a 6.9-inch display running at 120Hz, a 108-megapixel main camera with 100x zoom, 12GB or 16GB of RAM and a 5,000mAh battery with 45W charging. It could weigh 220g and measure 8.8mm thick. Renders show it in black and grey.

An FCC filing earlier this week confirmed the model number SM-G988U, and a Geekbench listing showed the Exynos 990 chipset in the European version. Sales are expected to start in early March.`,
  },
];
