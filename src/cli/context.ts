// What commands write to and read from, built once in main.ts and passed down (no module-level singletons).
import type { Writable } from 'node:stream';

export interface CliContext {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  /** The worst outcome so far; main.ts exits with it. */
  exitCode: number;
}

export function reportTo(stream: Writable): (line: string) => void {
  return (line) => {
    stream.write(`${line}\n`);
  };
}
