// Locality-sensitive band keys: two articles become candidates when any one band of their signatures
// agrees, so a database finds candidates with an indexed equality lookup instead of comparing all pairs.
//
// BANDS × ROWS = 48 × 4 over the 192 slots. A pair with Jaccard s shares a given band with
// probability s⁴, and at least one of 48 bands with P(s) = 1 − (1 − s⁴)⁴⁸:
//
//   s     0.05   0.1    0.2    0.3    0.4    0.5    0.6    0.7    0.8
//   P(s)  0.000  0.005  0.074  0.323  0.712  0.955  0.999  1.000  1.000
//
// The S-curve's midpoint, (1/48)^(1/4) ≈ 0.38, sits below the near-duplicate threshold (0.5), so
// pairs at the threshold are found 95% of the time and from 0.6 up practically always; pairs at 0.2
// collide 7% of the time, and ordinary different articles about the same device (≈ 0.01–0.05) almost
// never. A candidate costs one estimateJaccard, so extra candidates between 0.2 and 0.5 are cheap.
// Alternatives weighed: 32 × 4 (128 slots) finds only 87% at 0.5; 64 × 3 lets 40% of pairs at 0.2
// through; 64 × 4 (256 slots) gains 3 points at 0.5 for a third more hashing time and index rows.
import { fmix32 as sharedFmix32 } from './hash32.js';
import { isEmptySignature, NUM_HASHES, SIGNATURE_SCHEME } from './minhash.js';

// A local copy: under tsx an imported binding is read through a getter on every use.
const fmix32 = sharedFmix32;

export const BANDS = 48;
export const ROWS = 4;

const BYTE_HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));
const PREFIXES = Array.from({ length: BANDS }, (_, band) => `${SIGNATURE_SCHEME}.${String(band).padStart(2, '0')}.`);

// A table lookup per byte: toString(16) and padStart per band cost more than the hashing.
function hex8(n: number): string {
  return BYTE_HEX[(n >>> 24) & 255]! + BYTE_HEX[(n >>> 16) & 255]! + BYTE_HEX[(n >>> 8) & 255]! + BYTE_HEX[n & 255]!;
}

/**
 * One key per band, e.g. "mh1.07.3f9a0c21d4e85b10": scheme, band number, then 64 bits hashed from
 * the band's rows. The band number keeps equal rows in different bands apart; the scheme keeps keys
 * from an older parameterisation from ever matching. An empty text has no keys: it matches nothing.
 */
export function signatureBands(sig: Uint32Array): string[] {
  if (sig.length !== NUM_HASHES) throw new RangeError(`a signature has ${NUM_HASHES} slots, not ${sig.length}`);
  if (isEmptySignature(sig)) return [];
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h1 = 0x3c6ef372 ^ band;
    let h2 = 0x1b873593 ^ band;
    for (let r = band * ROWS; r < (band + 1) * ROWS; r++) {
      h1 = fmix32(h1 ^ sig[r]!);
      h2 = fmix32(Math.imul(h2, 0x2f0b3c5d) ^ sig[r]!);
    }
    keys.push(PREFIXES[band]! + hex8(h1) + hex8(h2));
  }
  return keys;
}
