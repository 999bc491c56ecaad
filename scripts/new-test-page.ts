// Starts a whole-article case: copies an article into test/pages/<slug>/ and writes meta.json and a
// DRAFT expected.json from what the extractor finds today. A person corrects the draft and removes
// `"draft": true`; the draft is a starting point, never ground truth.
//
//   node --import tsx scripts/new-test-page.ts <slug> <file> [--published YYYY-MM-DD] [--publisher NAME]
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractClaims } from '../src/extract/index.js';
import { readArticle } from '../src/ingest/index.js';
import { PAGES_DIR } from '../test/helpers/pages.js';

const USAGE = 'usage: new-test-page.ts <slug> <file> [--published YYYY-MM-DD] [--publisher NAME]';

function fail(message: string): never {
  process.stderr.write(`new-test-page: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function articleFileName(file: string): string {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'article.html';
  if (ext === '.md' || ext === '.markdown') return 'article.md';
  return 'article.txt';
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { published: { type: 'string' }, publisher: { type: 'string' } },
});
const [slug, file] = positionals;
if (!slug || !file || positionals.length !== 2) fail('expected a slug and a file');
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) fail(`slug must be kebab-case: ${slug}`);
if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published))
  fail(`--published must be YYYY-MM-DD: ${values.published}`);
if (!existsSync(file)) fail(`no such file: ${file}`);

const dir = path.join(PAGES_DIR, slug);
if (existsSync(dir)) fail(`${dir} already exists; refusing to overwrite it`);

const bytes = new Uint8Array(readFileSync(file));
const article = readArticle({ bytes, name: file });
const published = values.published ?? article.published ?? null;
const publisher = values.publisher ?? article.publisher ?? null;
const { result } = extractClaims(article, { published, publisher });

const draft = {
  draft: true,
  devices: result.devices.map(({ name, aliases, relations }) => ({ name, aliases, relations })),
  claims: result.claims.map(({ device, attribute, value, certainty, source, qualifier, quote }) => ({
    device,
    attribute,
    value,
    certainty,
    source,
    qualifier,
    quote,
  })),
};

mkdirSync(dir, { recursive: true });
const articleName = articleFileName(file);
copyFileSync(file, path.join(dir, articleName));
writeFileSync(path.join(dir, 'meta.json'), `${JSON.stringify({ published, publisher }, null, 2)}\n`);
writeFileSync(path.join(dir, 'expected.json'), `${JSON.stringify(draft, null, 2)}\n`);
process.stdout.write(
  `wrote ${path.relative(process.cwd(), dir)}/{${articleName}, meta.json, expected.json}: ` +
    `${draft.claims.length} draft claims. Check each against CLAIMS.md, then remove "draft": true.\n`,
);
