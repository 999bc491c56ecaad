// "Never slow" checked as growth, not as a wall-clock limit: the same work at size n and at 4n, timed in
// alternation (best of several), must grow about linearly. A loaded machine slows both sizes alike, so
// the ratio holds where an absolute limit in milliseconds would fail; a quadratic path grows 16× and fails.
import assert from 'node:assert/strict';

export interface GrowthOptions {
  /** Largest acceptable time(4n) / time(n); linear is 4, quadratic 16. */
  maxRatio?: number;
  rounds?: number;
}

export function assertLinearGrowth(
  what: string,
  run: (size: number) => void,
  size: number,
  { maxRatio = 8, rounds = 5 }: GrowthOptions = {},
): void {
  const best = { small: Infinity, large: Infinity };
  for (let round = 0; round < rounds; round++) {
    for (const [key, n] of [
      ['small', size],
      ['large', size * 4],
    ] as const) {
      const started = performance.now();
      run(n);
      best[key] = Math.min(best[key], performance.now() - started);
    }
  }
  // A floor of 1 ms on the small side keeps timer resolution from making a fast path look super-linear.
  const ratio = best.large / Math.max(best.small, 1);
  assert.ok(
    ratio <= maxRatio,
    `${what}: 4× the input took ${ratio.toFixed(1)}× the time (${best.small.toFixed(1)} → ${best.large.toFixed(1)} ms); linear is about 4`,
  );
}
