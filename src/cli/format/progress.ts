// A one-line progress bar for a person at a terminal: items done of total, rate, and time left. Redrawn at
// most ten times a second; never drawn into a pipe or a file, where it would only be noise.
import type { Writable } from 'node:stream';

export interface Progress {
  update(done: number, total: number): void;
  /** Clears the bar so the next line (an error, the summary) starts clean. */
  clear(): void;
}

const WIDTH = 24;

function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

export function progressLine(done: number, total: number, elapsedSeconds: number): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(fraction * WIDTH);
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const eta = rate > 0 ? (total - done) / rate : Number.NaN;
  const bar = '#'.repeat(filled) + '-'.repeat(WIDTH - filled);
  return `[${bar}] ${done}/${total}  ${rate.toFixed(1)}/s  ETA ${clock(eta)}`;
}

export function progressFor(stream: Writable & { isTTY?: boolean }, now: () => number = Date.now): Progress {
  if (stream.isTTY !== true) return { update: () => {}, clear: () => {} };
  const started = now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update(done, total) {
      const t = now();
      if (t - lastDraw < 100 && done < total) return;
      lastDraw = t;
      drawn = true;
      stream.write(`\r\x1b[2K${progressLine(done, total, (t - started) / 1000)}`);
    },
    clear() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
