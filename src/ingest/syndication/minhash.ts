// MinHash over word shingles: a fixed-size sketch of an article whose slot-by-slot agreement with
// another article's sketch estimates the Jaccard similarity of their shingle sets.
import { fmix32 as sharedFmix32, seededStream } from './hash32.js';
import { foldText, wordCharWidth as sharedWordCharWidth } from './normalise-text.js';

// Module-local copies: under tsx an imported binding is read through a getter on every use, which
// cost a quarter of the time in these loops.
const fmix32 = sharedFmix32;
const wordCharWidth = sharedWordCharWidth;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Words per shingle. Five words rarely repeat between two write-ups of the same spec sheet
 * (different prose about one phone scores ≈ 0.01–0.05) yet survive light edits around them. */
export const SHINGLE_WORDS = 5;
/** Slots per signature; a multiple of PERMUTATION_BLOCK. 192 gives an estimate with standard
 * deviation ≤ 0.036 (√(J(1−J)/192) at J = 0.5) and the 48 × 4 bands in bands.ts. */
export const NUM_HASHES = 192;
/** Changing the seed, the mixing or the normal form changes every stored signature: bump this then. */
export const SIGNATURE_SCHEME = 'mh1';

const PERMUTATION_BLOCK = 4;
const SEED = 0x68656172; // "hear"
const stream = seededStream(SEED, NUM_HASHES * 2);
// Permutation i is x ↦ (x ^ XOR[i]) · MUL[i] mod 2³², a bijection (MUL is odd). Shingle hashes are
// already uniform, and a product's high bits, which decide the minimum, depend on all of x.
const XOR = stream.subarray(0, NUM_HASHES);
const MUL = stream.slice(NUM_HASHES).map((m) => m | 1);
const INT32_MAX = 0x7fffffff;
/** Every slot of a text with no words. A real minimum lands on it with chance ~n/2³² per slot, so a
 * signature of nothing else is always an empty text's. Two empty signatures are equal but share nothing. */
export const EMPTY_SLOT = 0xffffffff;

/** FNV-1a over each word's UTF-16 code units, finalised so that short words spread out. One pass,
 * no word strings: this runs on every article. */
function wordHashes(folded: string): Int32Array {
  const out = new Int32Array((folded.length >> 1) + 1);
  let n = 0;
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    // ASCII inline (nearly every character); the rest through the shared rule.
    let width: number;
    if (code < 0x80) width = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) ? 1 : 0;
    else width = wordCharWidth(folded, i);
    if (width === 0) {
      if (inWord) out[n++] = fmix32(h);
      inWord = false;
      h = FNV_OFFSET;
    } else {
      h = Math.imul(h ^ code, FNV_PRIME);
      if (width === 2) h = Math.imul(h ^ folded.charCodeAt(++i), FNV_PRIME);
      inWord = true;
    }
  }
  if (inWord) out[n++] = fmix32(h);
  return out.subarray(0, n);
}

/** The shingle hashes of a text; a text shorter than a shingle is one shingle of all its words. */
function shingleHashes(text: string): Int32Array {
  const words = wordHashes(foldText(text));
  const width = Math.min(SHINGLE_WORDS, words.length);
  const count = words.length === 0 ? 0 : words.length - width + 1;
  const shingles = new Int32Array(count);
  for (let s = 0; s < count; s++) {
    let h = 0x2545f491;
    // Order matters: "A B" and "B A" are different shingles.
    for (let w = s; w < s + width; w++) h = Math.imul(h ^ words[w]!, 0x9e3779b1) ^ (h >>> 15);
    shingles[s] = fmix32(h);
  }
  return shingles;
}

/**
 * The MinHash signature of a text: NUM_HASHES slots, each the minimum over the text's shingles of
 * one fixed permutation. Same text, same signature, on any machine (the normal form depends on the
 * runtime's Unicode tables only for characters newer than them).
 */
export function minhashSignature(text: string): Uint32Array {
  const shingles = shingleHashes(text);
  const out = new Uint32Array(NUM_HASHES).fill(EMPTY_SLOT);
  const n = shingles.length;
  if (n === 0) return out;
  // Four permutations per pass over the shingles keeps four minimums in registers. The minimum is
  // taken in signed order: any fixed order of the 32-bit values serves, and this one needs no
  // conversion out of int32 arithmetic.
  for (let i = 0; i < NUM_HASHES; i += PERMUTATION_BLOCK) {
    const [x0, x1, x2, x3] = [XOR[i]!, XOR[i + 1]!, XOR[i + 2]!, XOR[i + 3]!];
    const [m0, m1, m2, m3] = [MUL[i]!, MUL[i + 1]!, MUL[i + 2]!, MUL[i + 3]!];
    let [min0, min1, min2, min3] = [INT32_MAX, INT32_MAX, INT32_MAX, INT32_MAX];
    for (let j = 0; j < n; j++) {
      const s = shingles[j]!;
      const y0 = Math.imul(s ^ x0, m0);
      const y1 = Math.imul(s ^ x1, m1);
      const y2 = Math.imul(s ^ x2, m2);
      const y3 = Math.imul(s ^ x3, m3);
      if (y0 < min0) min0 = y0;
      if (y1 < min1) min1 = y1;
      if (y2 < min2) min2 = y2;
      if (y3 < min3) min3 = y3;
    }
    out[i] = min0;
    out[i + 1] = min1;
    out[i + 2] = min2;
    out[i + 3] = min3;
  }
  return out;
}

/** True when the signature came from a text with no words. */
export function isEmptySignature(sig: Uint32Array): boolean {
  return sig.every((v) => v === EMPTY_SLOT);
}

/**
 * The share of slots on which two signatures agree: an unbiased estimate of the Jaccard similarity
 * of the two shingle sets. Empty texts share no shingles, so anything against an empty signature is 0.
 */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new RangeError(`signatures differ in length (${a.length} and ${b.length})`);
  if (a.length === 0 || isEmptySignature(a) || isEmptySignature(b)) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
