// Properties extraction keeps on any input whatsoever (issue 2, "property tests"):
//   - it never throws;
//   - its output is a valid CLAIMS.md result (extractionResultSchema);
//   - every claim's quote is exactly text.slice(span[0], span[1]), with 0 ≤ start ≤ end ≤ text.length;
//   - one explain entry per claim, `published` as given, date intervals that run forwards.
// Inputs are arbitrary strings (every UTF-16 code unit, lone surrogates included) and strings built
// from the pieces tech news is made of, which reach far deeper into the parsers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { extractionResultSchema } from '../src/core/schemas.js';
import type { Article } from '../src/core/types.js';
import { extractClaims } from '../src/extract/index.js';

// Enough to find the usual off-by-one and empty-match bugs while keeping the file under ~20 s.
const RUNS_ARBITRARY = 1000;
const RUNS_NEWSY = 1000;

function article(text: string, published: string | null): Article {
  return { text, format: 'text', title: null, published, publisher: null, authors: [], url: null };
}

/** Runs extraction and asserts every property; returns nothing so fast-check treats a throw as failure. */
function extractAndCheck(text: string, published: string | null): void {
  const { result, explain } = extractClaims(article(text, published), { published });
  const parsed = extractionResultSchema.safeParse(result);
  if (!parsed.success) assert.fail(`output does not match the contract: ${parsed.error.message}`);
  assert.equal(result.published, published, '`published` from the options is the one reported');
  assert.equal(explain.length, result.claims.length, 'one explain entry per claim');
  for (const claim of result.claims) {
    const [start, end] = claim.span;
    assert.ok(0 <= start && start <= end && end <= text.length, `span [${start}, ${end}) outside [0, ${text.length}]`);
    assert.equal(claim.quote, text.slice(start, end), `quote differs from text.slice(${start}, ${end})`);
    const value = claim.value as { from?: string; to?: string };
    if (typeof value === 'object' && value !== null && typeof value.from === 'string' && typeof value.to === 'string') {
      assert.ok(value.from <= value.to, `${claim.attribute} interval runs backwards: ${value.from} > ${value.to}`);
    }
  }
}

// ---- arbitraries ----

const isoDate = fc
  .date({ min: new Date('2005-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const published = fc.option(isoDate, { nil: null, freq: 3 });

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const arbitraryText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: anyCodeUnit, maxLength: 200 }),
);

const pick = (...xs: string[]) => fc.constantFrom(...xs);
const num = fc.oneof(
  fc.integer({ min: 0, max: 99 }).map(String),
  fc.integer({ min: 0, max: 99_999 }).map((n) => n.toLocaleString('en-US')),
  fc.double({ min: 0, max: 100, noNaN: true, noDefaultInfinity: true }).map((n) => n.toFixed(1)),
  fc.integer({ min: 1, max: 400 }).map((n) => '9'.repeat(n)),
  fc.integer({ min: 1, max: 60 }).map((n) => '1,'.repeat(n) + '1'),
);
const fragment = fc.oneof(
  { weight: 4, arbitrary: pick('Samsung', 'Sony', 'Apple', 'Google', 'OnePlus', 'Xiaomi', 'Nintendo', 'Huawei') },
  {
    weight: 4,
    arbitrary: pick(
      'Galaxy S4 Mini',
      'Xperia Z1s',
      'iPhone 6 Plus',
      'Pixel 3 XL',
      'OnePlus 7T Pro',
      'Redmi Note 8',
      'Switch Lite',
      'the handset',
      'it',
      'the pint-sized phone',
      'Galaxy',
      'Pro Max Ultra Lite 5G FE',
    ),
  },
  {
    weight: 6,
    arbitrary: pick(
      '5.5-inch',
      '5.5in',
      '6.1 inches',
      '$499',
      'US$599',
      'AU$640',
      '£399',
      '€449',
      '¥3,600',
      'Rs 29,999',
      '₹29,999',
      '3,600 yuan',
      '999,000 won',
      '3,000mAh',
      '2GB of RAM',
      '32GB/64GB',
      '1TB',
      '2.2GHz quad-core',
      'octa-core',
      '20.7MP',
      '20.7-megapixel',
      '1080p',
      'Full HD',
      'QHD',
      '1920 x 1080',
      'Android 4.4 KitKat',
      'IP68',
      '65W',
      '120Hz',
      '140g',
      '8.5mm',
      'Snapdragon 800',
    ),
  },
  {
    weight: 4,
    arbitrary: pick(
      'expected in March',
      'early 2014',
      'mid-2020',
      'late next year',
      'later this year',
      'next month',
      'the first quarter of 2014',
      'Q3',
      'H1 2019',
      'in time for the holidays',
      'this spring',
      'at MWC',
      'at IFA',
      'at CES',
      "at Apple's September event",
      'on 12 September',
      'September 12, 2014',
      '2014-09-12',
    ),
  },
  {
    weight: 4,
    arbitrary: pick(
      'according to',
      'via',
      'reports',
      'tipster',
      '@evleaks',
      'spotted on TENAA',
      'an FCC filing',
      'a Geekbench listing',
      'leaked renders',
      'a retailer listing',
      "Sony's own website",
      'is said to',
      'is rumoured to',
      'will',
      'could',
      'confirmed',
      'announced',
      'no way to verify',
      "We'd be surprised if",
      'take it with a pinch of salt',
      'launch',
      'go on sale',
      'cost',
      'priced at',
      'costs',
    ),
  },
  { weight: 3, arbitrary: num },
  {
    weight: 8,
    arbitrary: pick(
      ' ',
      ' ',
      ' ',
      '',
      ', ',
      '. ',
      '.',
      '\n',
      '\n\n',
      ' - ',
      ' – ',
      ' (',
      ') ',
      '"',
      '“',
      '”',
      "'",
      '/',
      ':',
    ),
  },
  {
    weight: 2,
    arbitrary: pick('é', 'ß', '中文', '😀', '👩‍👩‍👧', '\u200b', '\u00a0', '\ud800', '\udfff', '\t', '\r\n', '\u2028'),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(pick(' ', '.', ',', '$', '-', '1', '(', '\n', 'a '), fc.integer({ min: 1, max: 2000 }))
      .map(([s, n]) => s.repeat(n)),
  },
);
const newsyText = fc.array(fragment, { maxLength: 80 }).map((parts) => parts.join(''));
const newsySentences = fc
  .array(
    fc.array(fragment, { minLength: 3, maxLength: 25 }).map((p) => p.join(' ') + '.'),
    { maxLength: 8 },
  )
  .map((s) => s.join(' '));

// Whole claim-bearing sentences with numbers varied, so the refiners (attach, scope, assemble) run.
const deviceName = pick(
  'Samsung Galaxy S4 Mini',
  'Sony Xperia Z1s',
  'the iPhone 6 Plus',
  'Google Pixel 3 XL',
  'the handset',
  'It',
);
const specPhrase = fc.oneof(
  fc.integer({ min: 30, max: 79 }).map((n) => `a ${(n / 10).toFixed(1)}-inch display`),
  fc.integer({ min: 1000, max: 6000 }).map((n) => `a ${n.toLocaleString('en-US')}mAh battery`),
  fc.constantFrom(1, 2, 3, 4, 6, 8, 12).map((n) => `${n}GB of RAM`),
  fc.integer({ min: 5, max: 200 }).map((n) => `a ${n}MP camera`),
  fc.integer({ min: 99, max: 1999 }).map((n) => `a price of $${n}`),
  fc
    .integer({ min: 500, max: 9999 })
    .map((n) => `a price of ${n.toLocaleString('en-US')} yuan (around $${Math.round(n / 6)})`),
  pick('a Snapdragon 800 chipset', 'Android 4.4 KitKat', 'IP68 water resistance', '120Hz refresh rate', '65W charging'),
);
const claimSentence = fc
  .tuple(
    deviceName,
    pick('will have', 'is said to have', 'could pack', 'has', 'is expected to come with', 'reportedly has'),
    fc.array(specPhrase, { minLength: 1, maxLength: 3 }),
    pick('', ', according to @evleaks', ', GSMArena reports', ' (via a TENAA listing)', ", but we'd be surprised"),
    pick('', ' It will go on sale in March.', ' It launches later this year.', ' Expect it in early 2015.'),
  )
  .map(([device, verb, specs, credit, tail]) => `${device} ${verb} ${specs.join(' and ')}${credit}.${tail}`);
const claimText = fc
  .array(fc.oneof({ weight: 3, arbitrary: claimSentence }, { weight: 1, arbitrary: fragment }), { maxLength: 12 })
  .map((parts) => parts.join(' '));

// ---- properties ----

test('extract properties: arbitrary strings never throw and keep the contract', () => {
  fc.assert(
    fc.property(arbitraryText, published, (text, date) => extractAndCheck(text, date)),
    { numRuns: RUNS_ARBITRARY },
  );
});

test('extract properties: tech-news fragments never throw and keep the contract', () => {
  fc.assert(
    fc.property(fc.oneof(newsyText, newsySentences, claimText), published, (text, date) => extractAndCheck(text, date)),
    { numRuns: RUNS_NEWSY },
  );
});

test('extract properties: the generated news text does reach claims (so the span checks are not vacuous)', () => {
  let claims = 0;
  for (const text of fc.sample(claimText, { numRuns: 100, seed: 42 })) {
    claims += extractClaims(article(text, '2014-01-10'), { published: '2014-01-10' }).result.claims.length;
  }
  assert.ok(claims > 0, 'no claims extracted from 100 generated claim sentences');
});

test('extract properties: quotes stay exact around lone surrogates and CRLF', () => {
  extractAndCheck('\ud83dThe Galaxy S5 will cost $599\r\nand ship in March.\udc00', '2014-01-10');
  extractAndCheck('😀 Xperia Z1s: 3,600 yuan (around $590, AU$640) 😀', '2013-11-28');
});

// Not a timing test (the ReDoS test is the guard): these inputs must simply finish and stay valid.
const PATHOLOGICAL_SIZE = 200 * 1024;
const pathological: [string, string][] = [
  ['"1,1,1,…"', '1,'],
  ['"a a a …"', 'a '],
  ['"$$$$…"', '$'],
  ['a run of digits', '9'],
  ['"5.5-inch "…', '5.5-inch '],
  ['"$499 "…', '$499 '],
  ['dots and spaces', '. '],
  ['newlines', '\n'],
  ['"Galaxy "…', 'Galaxy '],
  ['"according to "…', 'according to '],
];
for (const [name, unit] of pathological) {
  test(`extract properties: 200 KB of ${name} finishes`, { timeout: 120_000 }, () => {
    const text = unit.repeat(Math.ceil(PATHOLOGICAL_SIZE / unit.length)).slice(0, PATHOLOGICAL_SIZE);
    extractAndCheck(text, '2014-01-10');
  });
}
