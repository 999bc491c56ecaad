// Bytes → text: size limit, binary refusal and encoding fallback happen here, before any format parsing.
import { InputError } from '../core/errors.js';
import { decodeWindows1252 } from './windows-1252.js';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const MB = 1024 * 1024;

function formatSize(bytes: number): string {
  if (bytes >= MB) {
    const mb = bytes / MB;
    return Number.isInteger(mb) ? `${mb} MB` : `${mb.toFixed(1)} MB`;
  }
  if (bytes >= 1024) {
    const kb = bytes / 1024;
    return Number.isInteger(kb) ? `${kb} KB` : `${kb.toFixed(1)} KB`;
  }
  return `${bytes} bytes`;
}

/** Throws before anything is read when a file is known to be too big. */
export function checkSize(name: string, size: number, maxBytes: number = DEFAULT_MAX_BYTES): void {
  if (size > maxBytes) {
    throw new InputError('ingest', name, `${formatSize(size)} is over the ${formatSize(maxBytes)} limit (--max-size)`);
  }
}

const BINARY = 'looks like binary data, not an article';

function isControl(code: number): boolean {
  // Tab, LF, FF and CR are ordinary in text; other C0 controls and DEL are not.
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) controls++;
  return controls / text.length;
}

function highByteRatio(bytes: Uint8Array): number {
  let high = 0;
  for (const b of bytes) if (b >= 0x80) high++;
  return high / bytes.length;
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function decodeText(bytes: Uint8Array, name: string): string {
  // A UTF-16 BOM explains the NUL bytes that would otherwise mark the file as binary.
  const utf16 = utf16Encoding(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  if (bytes.includes(0)) throw new InputError('ingest', name, BINARY);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Legacy pages are usually windows-1252; random binary has far more high bytes than any such text.
    if (highByteRatio(bytes) > 0.3) throw new InputError('ingest', name, BINARY);
    return decodeWindows1252(bytes);
  }
}

/** Decodes one input to text with LF line ends, or throws InputError naming the input. */
export function decodeBytes(bytes: Uint8Array, name: string, maxBytes: number = DEFAULT_MAX_BYTES): string {
  checkSize(name, bytes.length, maxBytes);
  if (bytes.length === 0) throw new InputError('ingest', name, 'file is empty');
  const text = decodeText(bytes, name);
  if (controlRatio(text) > 0.1) throw new InputError('ingest', name, BINARY);
  const normalised = text.replace(/\r\n?/g, '\n');
  if (normalised.trim() === '') throw new InputError('ingest', name, 'file is empty');
  return normalised;
}
