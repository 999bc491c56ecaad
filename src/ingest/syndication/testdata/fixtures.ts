// Test-only: the hand-written articles in this folder, and generated word sequences with a known overlap.
import { readFileSync } from 'node:fs';

export function fixtureText(name: 'original' | 'syndicated' | 'rewrite'): string {
  return readFileSync(new URL(`./${name}.txt`, import.meta.url), 'utf8');
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

/** Words that never repeat, so every shingle built from them is unique to where it was placed. */
export function uniqueWords(random: () => number): (count: number) => string[] {
  let serial = 0;
  return (count) =>
    Array.from({ length: count }, () => `w${(serial++).toString(36)}x${Math.floor(random() * 1e9).toString(36)}`);
}

/**
 * Two texts of `length` words with a shingle Jaccard close to `jaccard`: a shared run of s words,
 * then words of their own. They share s − k + 1 of their k-word shingles out of
 * 2(length − k + 1) − (s − k + 1), which solves to the s below.
 */
export function pairWithJaccard(
  words: (count: number) => string[],
  jaccard: number,
  length: number,
  k: number,
): [string, string] {
  const shared = Math.round((2 * jaccard * (length - k + 1)) / (1 + jaccard)) + k - 1;
  const common = words(shared);
  return [[...common, ...words(length - shared)].join(' '), [...common, ...words(length - shared)].join(' ')];
}

/** The exact Jaccard similarity of two texts' k-word shingle sets (words already normalised). */
export function exactJaccard(a: string, b: string, k: number): number {
  const shingles = (text: string) => {
    const w = text.split(' ');
    const set = new Set<string>();
    for (let i = 0; i + k <= w.length; i++) set.add(w.slice(i, i + k).join(' '));
    return set;
  };
  const x = shingles(a);
  const y = shingles(b);
  let both = 0;
  for (const s of x) if (y.has(s)) both++;
  return both / (x.size + y.size - both);
}
