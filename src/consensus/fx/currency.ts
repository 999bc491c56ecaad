// Writers and the extractor spell currencies several ways; the rate table knows ISO 4217 codes only.

/** Names in use that are not the ISO code the ECB quotes under. */
const ALIASES: Readonly<Record<string, string>> = Object.freeze({
  // Renminbi is the currency, yuan its unit; Chinese sites write RMB, the ECB quotes CNY.
  RMB: 'CNY',
});

/** The ISO code a rate table files `code` under: trimmed, upper case, aliases resolved. */
export function canonicalCurrency(code: string): string {
  const upper = code.trim().toUpperCase();
  return ALIASES[upper] ?? upper;
}
