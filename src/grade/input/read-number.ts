// Numbers inside free text ("5.0 inches, 68.9 cm2", "Li-Ion 3000 mAh", "$ 1,079.00"), read without
// backtracking: a scan for the first run of digits, with thousands separators and one decimal point.

export interface FoundNumber {
  value: number;
  start: number;
  end: number;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Every number in the text, left to right. "1,079.00" is 1079; "1,06,999" (Indian grouping) is 106999. */
export function numbersIn(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text[i]) && !(text[i] === '.' && isDigit(text[i + 1]) && !isDigit(text[i - 1]))) {
      i++;
      continue;
    }
    const start = i;
    let digits = '';
    let seenPoint = false;
    while (i < text.length) {
      const c = text[i] as string;
      if (isDigit(c)) digits += c;
      else if (c === ',' && isDigit(text[i + 1]) && !seenPoint && digits !== '') {
        /* a thousands separator: skip it */
      } else if (c === '.' && !seenPoint && isDigit(text[i + 1])) {
        digits += '.';
        seenPoint = true;
      } else break;
      i++;
    }
    const value = Number(digits.startsWith('.') ? `0${digits}` : digits);
    if (Number.isFinite(value)) found.push({ value, start, end: i });
  }
  return found;
}

export function firstNumber(text: string): number | null {
  return numbersIn(text)[0]?.value ?? null;
}
