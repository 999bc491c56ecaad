// A feed as hearsay reads it: only what leads to articles (links, dates, authors, the content when it is inline).

export type FeedFormat = 'rss' | 'atom' | 'rdf';

export interface FeedEntry {
  id: string | null;
  title: string | null;
  /** Absolute http(s) URL of the entry's page, or null when the feed gives none that resolves. */
  link: string | null;
  /** YYYY-MM-DD as the feed wrote it (its own time zone), or null. */
  published: string | null;
  authors: string[];
  /** The richest inline body the feed carries (full content before summary), as HTML; plain text is escaped. */
  contentHtml: string | null;
}

export interface Feed {
  title: string | null;
  /** The site the feed belongs to (absolute), or null. */
  link: string | null;
  format: FeedFormat;
  entries: FeedEntry[];
}
