// Writes that wait for the stream to drain, so output over huge inputs never piles up in memory.
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export type Write = (chunk: string) => Promise<void>;

export function writerFor(stream: Writable): Write {
  return async (chunk) => {
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
}
