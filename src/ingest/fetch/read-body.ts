// The response body as bytes: decompressed, and cut off as soon as it passes the size cap,
// so a huge or endless body (or a compression bomb) costs at most maxBytes of memory.
import type { IncomingMessage } from 'node:http';
import { addAbortSignal, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { FetchError } from '../../core/errors.js';

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${bytes} bytes`;
}

function tooLarge(url: string, maxBytes: number, declared: number | null): FetchError {
  const size = declared === null ? 'the body is' : `the body is ${formatBytes(declared)},`;
  return new FetchError(url, 'too-large', `${size} over the ${formatBytes(maxBytes)} limit`);
}

function contentEncoding(response: IncomingMessage): string {
  return (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
}

function decoderFor(url: string, encoding: string): zlib.Gunzip | zlib.Unzip | zlib.BrotliDecompress | null {
  switch (encoding) {
    case 'identity':
    case '':
      return null;
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      // Unzip reads both gzip and zlib-wrapped deflate, the two things servers send as "deflate".
      return zlib.createUnzip();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      throw new FetchError(url, 'network', `unsupported Content-Encoding "${encoding}"`);
  }
}

function declaredLength(response: IncomingMessage): number | null {
  const raw = response.headers['content-length'];
  const length = raw === undefined ? NaN : Number(raw);
  return Number.isSafeInteger(length) && length >= 0 ? length : null;
}

function concat(chunks: Buffer[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Reads the whole body; throws FetchError 'too-large' past `maxBytes` and rejects when `signal` aborts. */
export async function readBody(
  response: IncomingMessage,
  url: string,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Uint8Array> {
  addAbortSignal(signal, response);
  try {
    const length = declaredLength(response);
    if (length !== null && length > maxBytes) throw tooLarge(url, maxBytes, length);
    const encoding = contentEncoding(response);
    const decoder = decoderFor(url, encoding);
    let stream: Readable = response;
    let transportFailed = false;
    if (decoder) {
      response.once('error', (error) => {
        transportFailed = true;
        decoder.destroy(error);
      });
      stream = response.pipe(decoder);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > maxBytes) throw tooLarge(url, maxBytes, null);
        chunks.push(chunk);
      }
    } catch (error) {
      if (error instanceof FetchError || error === signal.reason || signal.aborted) throw error;
      if (decoder && !transportFailed) {
        throw new FetchError(url, 'network', `the ${encoding} body could not be decompressed`, { cause: error });
      }
      throw error;
    } finally {
      stream.destroy();
    }
    return concat(chunks, total);
  } finally {
    response.destroy();
  }
}
