// Mutated feeds (Miniflux's FuzzParse, with fast-check): whatever the bytes, parseFeed returns a well-formed Feed
// or throws a ParseError, and it does so quickly. Seeds are tiny valid RSS 2.0, Atom 1.0 and RDF documents.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ParseError } from '../../core/errors.js';
import { entryArticle, looksLikeFeed, parseFeed, type Feed } from './index.js';
import { ATOM_SAMPLE, RDF_SAMPLE, RSS_SAMPLE } from './testdata/samples.js';

const encoder = new TextEncoder();
const SEEDS = [RSS_SAMPLE, ATOM_SAMPLE, RDF_SAMPLE].map((text) => encoder.encode(text));
const SLOW_MS = 1000;

// Pieces that reach the parser's edge cases: markup openers, entities, namespaces, encodings, bombs.
const PIECES = [
  '<',
  '>',
  '</',
  '/>',
  '"',
  "'",
  '&',
  '&amp;',
  '&#0;',
  '&#x110000;',
  '&#150;',
  '&nbsp;',
  '&undefined;',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '<?xml version="1.0" encoding="utf-16"?>',
  '<?xml version="1.0" encoding="koi8-r"?>',
  '<!DOCTYPE rss [<!ENTITY a "&b;&b;"><!ENTITY b "&a;">]>',
  '<!DOCTYPE feed [<!ENTITY x "xxxxxxxxxx">]>',
  '&a;',
  '&x;',
  '<item>',
  '</item>',
  '<entry>',
  '</entry>',
  '<channel>',
  '<link>',
  '</link>',
  'xml:base="../"',
  'xml:base="http://[::1"',
  'xmlns=""',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">',
  '<content type="text/html" mode="base64">PGI+',
  '<link href="javascript:x"/>',
  '<pubDate>Mon, 31 Feb 2024</pubDate>',
  '<dc:date>0000-00-00</dc:date>',
  '\ufeff',
  '\u0000',
  '\u0092',
  '\ud800',
];

type Edit =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'set'; at: number; value: number }
  | { kind: 'repeat'; at: number; length: number; times: number }
  | { kind: 'truncate'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.oneof(
      fc.constantFrom(...PIECES).map((piece) => encoder.encode(piece)),
      fc.string({ maxLength: 12, unit: 'binary' }).map((text) => encoder.encode(text)),
      fc.uint8Array({ maxLength: 8 }),
    ),
  }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({
    kind: fc.constant('repeat' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 120 }),
    times: fc.integer({ min: 2, max: 40 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function apply(seed: Uint8Array, edits: Edit[]): Uint8Array {
  let bytes = seed;
  for (const e of edits) {
    const at = bytes.length === 0 ? 0 : e.at % bytes.length;
    const before = bytes.subarray(0, at);
    switch (e.kind) {
      case 'delete':
        bytes = concat(before, bytes.subarray(at + e.length));
        break;
      case 'insert':
        bytes = concat(before, e.bytes, bytes.subarray(at));
        break;
      case 'set':
        bytes = concat(before, new Uint8Array([e.value]), bytes.subarray(at + 1));
        break;
      case 'repeat': {
        const slice = bytes.subarray(at, at + e.length);
        bytes = concat(before, ...Array.from({ length: e.times }, () => slice), bytes.subarray(at + e.length));
        break;
      }
      case 'truncate':
        bytes = before;
        break;
    }
  }
  return bytes;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const mutatedFeed = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(edit, { minLength: 1, maxLength: 12 }))
  .map(([seed, edits]) => apply(seed, edits));

function assertWellFormed(feed: Feed): void {
  assert.ok(['rss', 'atom', 'rdf'].includes(feed.format));
  for (const value of [feed.title, feed.link]) assert.ok(value === null || typeof value === 'string');
  if (feed.link !== null) assert.match(feed.link, /^https?:\/\//);
  for (const entry of feed.entries) {
    if (entry.link !== null) assert.match(entry.link, /^https?:\/\//);
    if (entry.published !== null) assert.match(entry.published, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(entry.authors.every((name) => typeof name === 'string' && name !== ''));
    for (const value of [entry.id, entry.title, entry.contentHtml])
      assert.ok(value === null || typeof value === 'string');
  }
}

/** Parses `bytes`, which may only fail with a ParseError, within SLOW_MS. */
function parseOrRefuse(bytes: Uint8Array): Feed | null {
  const started = performance.now();
  try {
    const feed = parseFeed(bytes, 'fuzz.xml');
    assertWellFormed(feed);
    return feed;
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    assert.equal(error.format, 'feed');
    return null;
  } finally {
    const ms = performance.now() - started;
    assert.ok(ms < SLOW_MS, `parseFeed took ${ms.toFixed(0)} ms`);
  }
}

describe('parseFeed fuzz', () => {
  it('fuzz: the seeds themselves parse with entries', () => {
    for (const seed of SEEDS) assert.equal(parseOrRefuse(seed)?.entries.length, 1);
  });

  it('fuzz: mutated feeds parse or are refused with a ParseError, never slowly', () => {
    fc.assert(
      fc.property(mutatedFeed, (bytes) => {
        parseOrRefuse(bytes);
        looksLikeFeed(new TextDecoder().decode(bytes));
      }),
      { numRuns: 600 },
    );
  });

  it('fuzz: arbitrary bytes and strings are refused or parsed, never crash', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc
            .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 60 })
            .map((parts) => encoder.encode(`<rss><channel>${parts.join('')}`)),
        ),
        (bytes) => {
          parseOrRefuse(bytes);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('fuzz: every entry of a mutated feed converts to an article, a link or nothing', () => {
    fc.assert(
      fc.property(mutatedFeed, (bytes) => {
        const feed = parseOrRefuse(bytes);
        for (const entry of feed?.entries ?? []) {
          const made = entryArticle(entry, feed as Feed);
          if (made?.kind === 'full') assert.equal(typeof made.article.text, 'string');
          if (made?.kind === 'link') assert.match(made.url, /^https?:\/\//);
        }
      }),
      { numRuns: 150 },
    );
  });
});
