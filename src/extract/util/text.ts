// Small string helpers that avoid regular expressions where an anchored `[…]+$` would be quadratic.

/** Drop trailing characters from `chars`. */
export function stripTrailing(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}
