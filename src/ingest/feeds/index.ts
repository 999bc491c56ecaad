// RSS, Atom and RDF feeds: sniffed, parsed leniently into Feed entries, and turned into Articles (or links to
// fetch). Pure: no network, file system or clock.
export { entryArticle, FULL_TEXT_WORDS, type EntryArticle } from './entry-to-article.js';
export { parseFeed } from './parse-feed.js';
export { looksLikeFeed } from './sniff.js';
export type { Feed, FeedEntry, FeedFormat } from './types.js';
// Not exported: the XML tree and its readers, which exist to serve parseFeed and would tie callers to its shape.
export { decodeFeedBytes } from './decode-feed-bytes.js';
