// Every regular expression that extraction builds at run time goes through `pattern()`, so the
// ReDoS test can check each one (regex literals are found by scanning the source).
const registry: { name: string; regex: RegExp }[] = [];

export function pattern(name: string, source: string, flags = ''): RegExp {
  const regex = new RegExp(source, flags);
  registry.push({ name, regex });
  return regex;
}

/** The patterns built so far; import the pipeline first so every module has built its own. */
export function compiledPatterns(): readonly { name: string; regex: RegExp }[] {
  return registry;
}

/** Escape a lexicon entry for use inside a pattern. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of lexicon entries, longest first so the longest one wins. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
}
