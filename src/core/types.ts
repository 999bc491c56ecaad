// The shared vocabulary of hearsay: every stage speaks in these types.

export const ATTRIBUTES = [
  'price',
  'release_date',
  'announce_date',
  'display_size_in',
  'display_resolution',
  'chipset',
  'cpu_cores',
  'cpu_clock_ghz',
  'ram_gb',
  'storage_gb',
  'rear_camera_mp',
  'front_camera_mp',
  'battery_mah',
  'os',
  'weight_g',
  'thickness_mm',
  'water_resistance',
  'charging_w',
  'refresh_rate_hz',
  'colors',
  'model_number',
  'codename',
] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

/**
 * The form each attribute's value takes (CLAIMS.md): a price is money, the two dates are windows, most
 * specs one number, memory one number or a list (variants), colors a list of names, the rest a string.
 */
export type ValueForm = 'money' | 'window' | 'number' | 'number-list' | 'string-list' | 'string';
export const VALUE_FORMS: Readonly<Record<Attribute, ValueForm>> = Object.freeze({
  price: 'money',
  release_date: 'window',
  announce_date: 'window',
  display_size_in: 'number',
  display_resolution: 'string',
  chipset: 'string',
  cpu_cores: 'number',
  cpu_clock_ghz: 'number',
  ram_gb: 'number-list',
  storage_gb: 'number-list',
  rear_camera_mp: 'number',
  front_camera_mp: 'number',
  battery_mah: 'number',
  os: 'string',
  weight_g: 'number',
  thickness_mm: 'number',
  water_resistance: 'string',
  charging_w: 'number',
  refresh_rate_hz: 'number',
  colors: 'string-list',
  model_number: 'string',
  codename: 'string',
});

export const CERTAINTIES = ['official', 'likely', 'rumored', 'doubtful'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export const EVIDENCE_KINDS = [
  'photo',
  'render',
  'video',
  'regulatory_filing',
  'benchmark',
  'retail_listing',
  'official',
  'document',
  'analyst_note',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const RELATION_TYPES = ['variant_of', 'successor_of', 'compared_with'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** An ISO date, YYYY-MM-DD. */
export type IsoDate = string;

export interface Money {
  amount: number;
  currency: string;
}
export interface DateInterval {
  from: IsoDate;
  to: IsoDate;
}
export type ClaimValue = Money | DateInterval | number | number[] | string | string[];

export interface DeviceRelation {
  type: RelationType;
  device: string;
}
export interface Device {
  name: string;
  brand: string | null;
  aliases: string[];
  relations: DeviceRelation[];
}

export interface Claim {
  device: string;
  attribute: Attribute;
  value: ClaimValue;
  qualifier: string | null;
  certainty: Certainty;
  confidence: number;
  source: string | null;
  evidence: EvidenceKind | null;
  span: [number, number];
  quote: string;
}

/** A claim plus the names of the components that made and changed it (for --explain). */
export interface ExplainedClaim extends Claim {
  by: string[];
}

export interface ExtractionResult {
  title: string | null;
  published: IsoDate | null;
  publisher: string | null;
  authors: string[];
  via: string[];
  devices: Device[];
  claims: Claim[];
}

export type ArticleFormat = 'text' | 'markdown' | 'html';

/** What ingest hands to extraction: the text spans index into, and what the page said about itself. */
export interface Article {
  /** Exactly the text that claim spans index into. */
  text: string;
  format: ArticleFormat;
  title: string | null;
  published: IsoDate | null;
  publisher: string | null;
  authors: string[];
  url: string | null;
}
