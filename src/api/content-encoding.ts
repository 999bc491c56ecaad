// Compression of cached read responses. A device's JSON is tens of kilobytes of repetitive keys; sent
// compressed it is a sixth of that, and both sides of the socket move fewer bytes. Each encoding of a cached
// body is made once per data revision (response-cache.ts), never per request.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type ContentEncoding = 'br' | 'gzip';

/** Bodies smaller than this go as they are: a compressed tiny body saves nothing worth the header. */
export const MIN_COMPRESSED_BYTES = 1024;

/**
 * The encoding to send for an Accept-Encoding header (RFC 9110 §12.5.3): brotli when accepted, else gzip,
 * else none. A coding listed with q=0 is refused; `*` accepts any coding not listed.
 */
export function chooseEncoding(header: string | undefined): ContentEncoding | null {
  if (header === undefined || header === '') return null;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';');
    const coding = name.trim().toLowerCase();
    if (coding === '') continue;
    let q = 1;
    for (const param of params) {
      const [key = '', value = ''] = param.split('=');
      if (key.trim().toLowerCase() === 'q') {
        const parsed = Number(value.trim());
        q = Number.isFinite(parsed) && parsed >= 0 && parsed <= 1 ? parsed : 0;
      }
    }
    weights.set(coding, q);
  }
  const weight = (coding: ContentEncoding) => weights.get(coding) ?? weights.get('*') ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0 || (weights.get('x-gzip') ?? 0) > 0) return 'gzip';
  return null;
}

export function compress(body: Buffer, encoding: ContentEncoding): Buffer {
  // Brotli's middle quality: near its best ratio on JSON, at a fraction of quality 11's time.
  return encoding === 'br'
    ? brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      })
    : gzipSync(body, { level: 6 });
}
