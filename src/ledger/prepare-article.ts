// Everything about an article that needs no database, computed where the CPU is free (a worker thread
// when ingest runs a batch): extraction, hashes, the syndication signature and its bands, device keys,
// publisher keys, and the claim rows already serialised. The thread that writes then only binds values.
import { createHash } from 'node:crypto';
import type { Article, Claim, ExtractionResult, RelationType } from '../core/types.js';
import { extractClaims } from '../extract/index.js';
import {
  contentHash,
  creditedOrigins,
  encodeSignature,
  minhashSignature,
  normalisePublisher,
  signatureBands,
} from '../ingest/syndication/index.js';
import { deviceKey } from './device-key.js';

export interface ArticleToRecord {
  article: Article;
  /** The bytes as they arrived (archived and hashed). */
  raw: Uint8Array;
  /** Extraction options: the CLI's --published / --publisher overrides. */
  published?: string | null;
  publisher?: string | null;
  /** Today's date, for claims in articles that carry no date of their own. */
  today: string;
  /** `contentHash(article.text)` when the caller has already computed it (to ask whether it is stored). */
  contentHash?: string;
}

/** A name to resolve to a device id, with the key the device table is indexed by. */
export interface DeviceName {
  name: string;
  brand: string | null;
  key: string;
}

export interface PreparedDevice extends DeviceName {
  /** Other names the article gives the device, with their keys (own-key and empty-key aliases left out). */
  aliases: { alias: string; key: string }[];
  relations: { type: RelationType; device: string }[];
}

/** A claim as stored, less the ids only the database knows (article, story, device). */
export interface PreparedClaim {
  device: string;
  attribute: Claim['attribute'];
  /** JSON of the claim's value. */
  value: string;
  qualifier: string | null;
  certainty: Claim['certainty'];
  confidence: number;
  source: string | null;
  evidence: Claim['evidence'];
  spanStart: number;
  spanEnd: number;
  quote: string;
}

/** What a worker sends back: plain values only, so the copy between threads stays small and cheap. */
export interface ArticleFacts {
  hash: string;
  rawSha256: string;
  title: string | null;
  published: string | null;
  publisher: string | null;
  /** normalisePublisher(publisher), '' when there is none. */
  publisherKey: string;
  authors: string;
  signature: Uint32Array;
  /** The signature as stored (encodeSignature). */
  signatureText: string;
  bands: string[];
  /** Keys of the publishers the article credits as its origin, its own publisher left out, first credit first. */
  creditKeys: string[];
  /** The name the first credited publisher was given in the article. */
  originName: string | null;
  /** Every device name to resolve: the article's devices, then claims' devices it did not list. */
  names: DeviceName[];
  devices: PreparedDevice[];
  claims: PreparedClaim[];
  claimedOn: string;
}

export interface PreparedArticle extends ArticleToRecord {
  facts: ArticleFacts;
}

export function prepareArticle(input: ArticleToRecord): PreparedArticle {
  return { ...input, facts: articleFacts(input) };
}

/** The key a device name is stored under; a name of no letters or digits keeps its lower-cased self. */
export function storedDeviceKey(name: string, brand: string | null): string {
  return deviceKey(name, brand) || name.toLowerCase();
}

export function articleFacts(input: ArticleToRecord): ArticleFacts {
  const { article } = input;
  const { result } = extractClaims(article, { published: input.published, publisher: input.publisher });
  const signature = minhashSignature(article.text);
  // The keys of the devices the article names itself: an alias equal to one of them is no alias.
  const ownKeys = new Set(result.devices.map((device) => deviceKey(device.name, device.brand)));
  const publisherKey = result.publisher ? normalisePublisher(result.publisher) : '';
  // A claim sourced to a publication ("LeakWire reports…") credits that publication's story too.
  const credits = [...result.via, ...creditedOrigins(article.text), ...claimSources(result)];
  const creditKeys: string[] = [];
  let originName: string | null = null;
  for (const credit of credits) {
    const key = normalisePublisher(credit);
    if (key === '' || key === publisherKey || creditKeys.includes(key)) continue;
    if (creditKeys.length === 0) originName = credit;
    creditKeys.push(key);
  }
  return {
    hash: input.contentHash ?? contentHash(article.text),
    rawSha256: createHash('sha256').update(input.raw).digest('hex'),
    title: result.title ?? article.title,
    published: result.published,
    publisher: result.publisher,
    publisherKey,
    authors: JSON.stringify(result.authors),
    signature,
    signatureText: encodeSignature(signature),
    bands: signatureBands(signature),
    creditKeys,
    originName,
    names: deviceNames(result),
    devices: result.devices.map((device) => ({
      name: device.name,
      brand: device.brand,
      key: storedDeviceKey(device.name, device.brand),
      aliases: device.aliases
        .filter((alias) => alias !== device.name)
        .map((alias) => ({ alias, key: deviceKey(alias, device.brand) }))
        .filter((a) => a.key !== '' && !ownKeys.has(a.key)),
      relations: device.relations.map((r) => ({ type: r.type, device: r.device })),
    })),
    claims: result.claims.map((claim) => ({
      device: claim.device,
      attribute: claim.attribute,
      value: JSON.stringify(claim.value),
      qualifier: claim.qualifier,
      certainty: claim.certainty,
      confidence: claim.confidence,
      source: claim.source,
      evidence: claim.evidence,
      spanStart: claim.span[0],
      spanEnd: claim.span[1],
      quote: claim.quote,
    })),
    claimedOn: result.published ?? input.today,
  };
}

function deviceNames(result: ExtractionResult): DeviceName[] {
  // Resolved in this order into a map by name, as the claims refer to devices by name.
  const names: DeviceName[] = result.devices.map((d) => ({
    name: d.name,
    brand: d.brand,
    key: storedDeviceKey(d.name, d.brand),
  }));
  const seen = new Set(names.map((n) => n.name));
  for (const claim of result.claims) {
    if (seen.has(claim.device)) continue;
    seen.add(claim.device);
    names.push({ name: claim.device, brand: null, key: storedDeviceKey(claim.device, null) });
  }
  return names;
}

function claimSources(result: ExtractionResult): string[] {
  return [...new Set(result.claims.map((c) => c.source).filter((s): s is string => s !== null))];
}
