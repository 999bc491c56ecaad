// Reads one input's bytes, refusing oversized ones before they are loaded.
import { open } from 'node:fs/promises';
import { HearsayError } from '../core/errors.js';
import { checkSize } from '../ingest/index.js';
import { fsError } from './fs-errors.js';

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    total += chunk.length;
    // Past the limit the rest is only counted, so memory stays bounded and the error can say how big it was.
    if (total <= maxBytes) chunks.push(chunk);
  }
  checkSize('-', total, maxBytes);
  return new Uint8Array(Buffer.concat(chunks));
}

async function readFileChecked(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw fsError(path, error);
  }
  try {
    const info = await handle.stat();
    checkSize(path, info.size, maxBytes);
    return new Uint8Array(await handle.readFile());
  } catch (error) {
    throw error instanceof HearsayError ? error : fsError(path, error);
  } finally {
    await handle.close();
  }
}

export function readInputBytes(input: { path: string; kind: 'stdin' | 'file' }, maxBytes: number): Promise<Uint8Array> {
  return input.kind === 'stdin' ? readStdin(maxBytes) : readFileChecked(input.path, maxBytes);
}
