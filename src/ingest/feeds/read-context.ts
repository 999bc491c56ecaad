// What every format reader gets: the parsed document and the URL it came from, when it came from one.
import type { XmlDocument } from './xml-tree.js';

export interface ReadContext {
  document: XmlDocument;
  /** The feed's own URL, the last base for relative links; null for a feed read from a file. */
  documentUrl: string | null;
}
