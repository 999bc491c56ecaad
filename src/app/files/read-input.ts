// Reads one input's bytes, refusing oversized ones before they are loaded.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { HearsayError } from '../../core/errors.js';
import { checkSize } from '../../ingest/index.js';
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

// Synchronous on purpose: inputs are read one after another anyway, and four thread-pool round
// trips per file (open, stat, read, close) left the process idle a third of the time on folders of
// small articles.
function readFileChecked(path: string, maxBytes: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw fsError(path, error);
  }
  try {
    checkSize(path, fstatSync(fd).size, maxBytes);
    return new Uint8Array(readFileSync(fd));
  } catch (error) {
    throw error instanceof HearsayError ? error : fsError(path, error);
  } finally {
    closeSync(fd);
  }
}

export async function readInputBytes(
  input: { path: string; kind: 'stdin' | 'file' },
  maxBytes: number,
): Promise<Uint8Array> {
  return input.kind === 'stdin' ? readStdin(maxBytes) : readFileChecked(input.path, maxBytes);
}
