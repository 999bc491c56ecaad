// Reading numbers as articles print them: "3,000", "2.2", "five", "1.5k".

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  single: 1,
  dual: 2,
  quad: 4,
  hexa: 6,
  octa: 8,
  deca: 10,
};

export const WORD_NUMBER_SOURCE = Object.keys(WORD_NUMBERS).join('|');

export function parseNumber(raw: string): number | null {
  const s = raw.trim().toLowerCase();
  if (s in WORD_NUMBERS) return WORD_NUMBERS[s] ?? null;
  // Thousands ("134,900") and Indian lakh grouping ("1,34,900") both drop their commas.
  const cleaned = (
    /^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/.test(s) ? s.replace(/,/g, '') : s.replace(/,(?=\d{3}(?!\d))/g, '')
  ).replace(/\s/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}

export function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
