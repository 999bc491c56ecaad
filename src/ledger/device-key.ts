// Device identity up to brand, case and spelling: "Google Pixel 8 Pro", "Pixel 8 pro" and "PIXEL 8 PRO"
// are one device. The key is what the database's unique index holds.
import { BRAND_SPELLINGS, BRANDS } from '../extract/index.js';

const BRAND_WORDS = new Set([...BRANDS.map((b) => b.toLowerCase()), ...Object.keys(BRAND_SPELLINGS)]);

function words(name: string): string[] {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
}

/** The name without its leading brand, case-folded and with punctuation reduced to single spaces. */
export function deviceKey(name: string, brand: string | null = null): string {
  const parts = words(name);
  const brandParts = brand ? words(brand) : [];
  if (brandParts.length > 0 && brandParts.every((w, i) => parts[i] === w) && parts.length > brandParts.length) {
    parts.splice(0, brandParts.length);
  } else if (parts.length > 1 && BRAND_WORDS.has(parts[0] ?? '')) {
    parts.shift();
  }
  return parts.join(' ');
}
