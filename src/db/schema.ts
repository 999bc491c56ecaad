// The tables as Kysely sees them. Every table is append-only: rows are inserted, never updated or deleted,
// so "what did we know on date D" is always answerable and a correction never erases its predecessor.
import type { ColumnType, Generated } from 'kysely';

/** Written by the database on insert; read back as a string. */
type CreatedAt = ColumnType<string, string | undefined, never>;

export interface ArticleTable {
  id: Generated<number>;
  /** Normalised-text hash: the same content arriving twice is stored once. */
  content_hash: string;
  url: string | null;
  /** The first article stored under the same URL when this one is a later edit of it. */
  revision_of: number | null;
  story_id: number;
  title: string | null;
  published: string | null;
  publisher: string | null;
  /** The publisher reduced to a key, so "The Verge" and "theverge.com" match a credit. */
  publisher_key: string | null;
  /** JSON array of names. */
  authors: string;
  format: string;
  /** Exactly the text claim spans index into. */
  text: string;
  /** MinHash signature (base64) used to find syndicated copies. */
  signature: string;
  ingested_at: CreatedAt;
}

/** The bytes as they arrived, so a later edit or deletion of the source can be detected. */
export interface ArticleRawTable {
  article_id: number;
  sha256: string;
  bytes: Uint8Array;
}

/** LSH band keys of an article's signature: candidate near-duplicates share a key. */
export interface ArticleBandTable {
  band: string;
  article_id: number;
}

/** One story: an original report plus its syndicated copies and the articles that credit it. */
export interface StoryTable {
  id: Generated<number>;
  /** The article the story started with; null while only credits ("via X") have been seen. */
  origin_article_id: number | null;
  /** Normalised publisher key of the origin, for matching "via X" credits. */
  origin_publisher: string | null;
  origin_publisher_name: string | null;
  first_published: string | null;
  created_at: CreatedAt;
}

export interface DeviceTable {
  id: Generated<number>;
  /** Display name as first seen, e.g. "Google Pixel 8 Pro". */
  name: string;
  brand: string | null;
  /** Identity key: the name without its brand, case-folded. Unique. */
  key: string;
  created_at: CreatedAt;
}

/** Names a device is also known by, learned from articles (codenames, model numbers). */
export interface DeviceAliasTable {
  id: Generated<number>;
  device_id: number;
  alias: string;
  key: string;
  article_id: number | null;
  created_at: CreatedAt;
}

/** A person's identity fixes: alias a name, merge two devices, or undo an earlier fix. */
export interface IdentityEventTable {
  id: Generated<number>;
  kind: 'alias' | 'merge' | 'undo';
  device_id: number | null;
  /** For 'merge': the device folded into device_id. */
  other_device_id: number | null;
  alias: string | null;
  alias_key: string | null;
  /** For 'undo': the event it reverts. */
  undoes: number | null;
  note: string | null;
  created_at: CreatedAt;
}

export interface DeviceRelationTable {
  id: Generated<number>;
  device_id: number;
  type: string;
  other_device_id: number;
  article_id: number;
}

export interface ClaimTable {
  id: Generated<number>;
  article_id: number;
  story_id: number;
  device_id: number;
  /** The device name as the article wrote it (the contract's `device`). */
  device_name: string;
  attribute: string;
  /** JSON of the contract's value. */
  value: string;
  qualifier: string | null;
  certainty: string;
  confidence: number;
  source: string | null;
  evidence: string | null;
  span_start: number;
  span_end: number;
  quote: string;
  /** The article's published date, or the ingest date when it has none: the claim's date. */
  claimed_on: string;
  /** A correction names the claim it replaces; the old row stays. */
  supersedes: number | null;
  created_at: CreatedAt;
}

export interface FxRateTable {
  date: string;
  currency: string;
  rate: number;
  imported_at: CreatedAt;
}

export interface FeedStateTable {
  id: Generated<number>;
  url: string;
  etag: string | null;
  last_modified: string | null;
  checked_at: CreatedAt;
}

/** An official value from a catalog import or a person (official articles are read from the claims). */
export interface OfficialValueTable {
  id: Generated<number>;
  /** The device's identity key (see ledger deviceKey): a catalog may name devices not yet in the ledger. */
  device_key: string;
  device_name: string;
  brand: string | null;
  attribute: string;
  qualifier: string | null;
  /** JSON of the value, in the claims contract's form. */
  value: string;
  origin: 'catalog' | 'person';
  /** The catalog file or the person's name. */
  source: string | null;
  /** When the value became official (the announcement), which lead times count to. */
  known_on: string;
  note: string | null;
  created_at: CreatedAt;
}

/** A device marked cancelled (its claims are void) or active again; the latest row counts. */
export interface DeviceStatusTable {
  id: Generated<number>;
  device_key: string;
  device_name: string;
  status: 'cancelled' | 'active';
  source: string | null;
  known_on: string;
  created_at: CreatedAt;
}

/** The grade trail: a claim's grade whenever it changed, with the official value it was graded against. */
export interface GradeTable {
  id: Generated<number>;
  claim_id: number;
  grade: 'right' | 'wrong' | 'partly' | 'pending' | 'void';
  /** JSON of the official value graded against, or null. */
  official: string | null;
  /** Where that value came from: "claim:12", "catalog:40", "person:3". */
  official_ref: string | null;
  lead_days: number | null;
  specificity: number;
  /** Why this grade was recorded: first grading, or what changed. */
  reason: string;
  /** The grade row this one replaces. */
  replaces: number | null;
  created_at: CreatedAt;
}

/** A bearer token for the API's writes, kept only as the SHA-256 (hex) of the token. */
export interface ApiTokenTable {
  id: Generated<number>;
  /** Who or what the token was made for, as given to `hearsay token create --name`. */
  name: string;
  sha256: string;
  created_at: CreatedAt;
}

export interface Schema {
  article: ArticleTable;
  article_raw: ArticleRawTable;
  article_band: ArticleBandTable;
  story: StoryTable;
  device: DeviceTable;
  device_alias: DeviceAliasTable;
  identity_event: IdentityEventTable;
  device_relation: DeviceRelationTable;
  claim: ClaimTable;
  fx_rate: FxRateTable;
  feed_state: FeedStateTable;
  official_value: OfficialValueTable;
  device_status: DeviceStatusTable;
  grade: GradeTable;
  api_token: ApiTokenTable;
}
