// Feed bytes → text, the way XML says to find the encoding (BOM, then byte pattern, then the declaration),
// with the leniency real feeds need: a wrong or unknown declaration falls back to UTF-8, then windows-1252.
import { ParseError } from '../../core/errors.js';
import { decodeWindows1252 } from '../windows-1252.js';

type Unicode = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

const feedError = (name: string, reason: string) => new ParseError('ingest', name, 'feed', reason);

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function byteOrderMark(bytes: Uint8Array): [Unicode, number] | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return ['utf-8', 3];
  if (startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) return ['utf-32be', 4];
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) return ['utf-32le', 4];
  if (startsWith(bytes, [0xfe, 0xff])) return ['utf-16be', 2];
  if (startsWith(bytes, [0xff, 0xfe])) return ['utf-16le', 2];
  return null;
}

/** Without a BOM, where the zero bytes fall in the first characters (ASCII markup) gives the code unit size. */
function zeroPattern(bytes: Uint8Array): Unicode | null {
  const sample = Math.min(bytes.length - (bytes.length % 4), 64);
  if (sample < 4) return null;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < sample; i++) if (bytes[i] === 0) zeros[i % 4] = (zeros[i % 4] ?? 0) + 1;
  const share = zeros.map((n) => n / (sample / 4));
  const [a, b, c, d] = share.map((s) => (s >= 0.75 ? 'zero' : s <= 0.25 ? 'text' : 'mixed'));
  if (a === 'zero' && b === 'zero' && c === 'zero' && d === 'text') return 'utf-32be';
  if (a === 'text' && b === 'zero' && c === 'zero' && d === 'zero') return 'utf-32le';
  if (a === 'zero' && b === 'text' && c === 'zero' && d === 'text') return 'utf-16be';
  if (a === 'text' && b === 'zero' && c === 'text' && d === 'zero') return 'utf-16le';
  return null;
}

function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let at = 0; at + 4 <= bytes.length; at += 4) {
    const code = view.getUint32(at, littleEndian);
    const valid = code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    chunk.push(valid ? code : 0xfffd);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

function decodeUnicode(bytes: Uint8Array, encoding: Unicode): string {
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return decodeUtf32(bytes, encoding === 'utf-32le');
  return new TextDecoder(encoding).decode(bytes);
}

/** The encoding named in `<?xml … encoding="…"?>` near the start (after a comment, on some feeds), lower case. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = decodeWindows1252(bytes.subarray(0, 1024));
  const declaration = /<\?xml\s([^<>]*)>/.exec(head);
  const encoding = declaration ? /encoding\s*=\s*["']\s*([^"'\s]+)\s*["']/i.exec(declaration[1] ?? '') : null;
  return encoding ? (encoding[1] ?? '').toLowerCase() : null;
}

// Labels whose bytes the windows-1252 table decodes (as browsers do; Node's own decoder leaves 0x80–0x9F as C1).
const WINDOWS_1252 = new Set([
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'latin-1',
  'l1',
  'us-ascii',
  'ascii',
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'cp819',
  'ibm819',
]);

function utf8OrWindows1252(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: old feeds that declare nothing (or UTF-8 wrongly) are nearly always windows-1252.
    return decodeWindows1252(bytes);
  }
}

function decodeDeclared(bytes: Uint8Array, label: string | null): string {
  if (label === null || label === 'utf-8' || label === 'utf8') return utf8OrWindows1252(bytes);
  if (WINDOWS_1252.has(label)) return decodeWindows1252(bytes);
  // A UTF-16/32 label on bytes whose declaration we could read as ASCII is wrong about the encoding.
  if (/^(utf-?(16|32)|ucs-?[24])/.test(label)) return utf8OrWindows1252(bytes);
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label);
  } catch {
    // An encoding name nobody knows: read it as if nothing were declared rather than refuse the feed.
    return utf8OrWindows1252(bytes);
  }
  return decoder.decode(bytes);
}

// C0 controls other than tab, LF and CR are not allowed in XML; feeds that contain them carry junk, not text.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

// C1 controls in decoded text are windows-1252 bytes that went through a latin-1 → UTF-8 conversion ("don\u0092t"):
// nobody writes the controls themselves, so they are read as the characters the writer meant.
const C1 = /[\u0080-\u009f]/g;

function demoronize(text: string): string {
  return text.replace(C1, (c) => decodeWindows1252(new Uint8Array([c.charCodeAt(0)])));
}

/** Decodes a feed document to text, or throws ParseError naming it when the bytes are no text at all. */
export function decodeFeedBytes(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw feedError(name, 'the document is empty');
  if (startsWith(bytes, [0x4c, 0x6f, 0xa7, 0x94])) throw feedError(name, 'EBCDIC-encoded feeds are not supported');
  const bom = byteOrderMark(bytes);
  const unicode = bom?.[0] ?? zeroPattern(bytes);
  const text =
    unicode !== null
      ? decodeUnicode(bytes.subarray(bom?.[1] ?? 0), unicode)
      : decodeDeclared(bytes, declaredEncoding(bytes));
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const controls = withoutBom.match(CONTROLS)?.length ?? 0;
  if (controls > withoutBom.length / 10) throw feedError(name, 'looks like binary data, not a feed');
  return demoronize(controls === 0 ? withoutBom : withoutBom.replace(CONTROLS, ''));
}
