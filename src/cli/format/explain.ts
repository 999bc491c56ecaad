// --explain: which components made and changed each claim, as a report line or a JSON "by" array.

export function explainLine(by: readonly string[] | undefined): string {
  return by && by.length > 0 ? `by ${by.join(' → ')}` : 'by (no trace)';
}

/** explain[i] belongs to claims[i]; a missing entry is shown as an empty trace rather than shifting the rest. */
export function traceFor(explain: readonly (readonly string[])[], index: number): string[] {
  return [...(explain[index] ?? [])];
}
