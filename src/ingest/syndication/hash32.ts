// 32-bit integer mixing for signatures and band keys. Only Math.imul, shifts and xor: the same bits
// on every engine and machine, which stored signatures and band keys depend on.

/** MurmurHash3's finaliser: a bijection on 32 bits whose output bits each depend on every input bit. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** A fixed stream of well-mixed 32-bit values (splitmix-style: a Weyl sequence through fmix32). */
export function seededStream(seed: number, count: number): Int32Array {
  const out = new Int32Array(count);
  let s = seed | 0;
  for (let i = 0; i < count; i++) {
    s = (s + 0x9e3779b9) | 0;
    out[i] = fmix32(s);
  }
  return out;
}
