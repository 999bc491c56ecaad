// The shapes grading speaks in: official values, a graded claim, and a source's record. These are the
// public result types of src/grade (re-exported by index.ts); fields may be added, never renamed.
import type { ClaimValue } from '../core/types.js';

export const GRADES = ['right', 'partly', 'wrong', 'pending', 'void'] as const;
export type Grade = (typeof GRADES)[number];

/** Where an official value came from. */
export type OfficialOrigin = 'article' | 'catalog' | 'person';

export interface OfficialValue {
  attribute: string;
  qualifier: string | null;
  value: ClaimValue;
  origin: OfficialOrigin;
  /** "claim:12" (an official article's claim), "catalog:40", "person:3": stable within one database. */
  ref: string;
  /** The catalog file, the person, or the article's publisher. */
  source: string | null;
  /** The date the value became official: lead times count to it. */
  knownOn: string;
}

/** The outcome of comparing one claimed value with the official values of its attribute. */
export interface ValueVerdict {
  grade: 'right' | 'partly' | 'wrong' | 'pending';
  /** The official value the claim was compared with (the best match), or null while pending. */
  official: OfficialValue | null;
  /** How precise the claim was, 0..1: an exact value 1, a year-wide window about 0.1. */
  specificity: number;
  /** One line on how the verdict was reached ("within 0.5% of 5050", "2023-10-12 inside the window"). */
  detail: string;
}

export interface GradedClaim {
  claimId: number;
  articleId: number;
  storyId: number;
  device: string;
  deviceId: number;
  attribute: string;
  qualifier: string | null;
  value: ClaimValue;
  certainty: string;
  /** The extractor's confidence: the article's stance. */
  stanceConfidence: number;
  /** The stance updated by the credited source's record as known on the claim's date (Beta prior). */
  recordConfidence: number;
  /** Who gets the credit: the claim's named source, else the publisher of its story's origin. */
  creditedTo: string | null;
  source: string | null;
  publisher: string | null;
  title: string | null;
  url: string | null;
  quote: string;
  claimedOn: string;
  grade: Grade;
  official: OfficialValue | null;
  specificity: number;
  /** Days from the claim to the official date; null while pending. */
  leadDays: number | null;
  detail: string;
  /**
   * Whether the claim counts in its source's record. Not counted: official claims (they are the values),
   * claims made on or after the official date, and repeats (a syndicated copy, or the same source saying
   * the same thing again: the first appearance counts).
   */
  counted: boolean;
  notCountedBecause: 'official' | 'after-official' | 'repeat' | 'unsourced' | null;
  /** The claim id of the first appearance this one repeats, when it is a repeat. */
  repeatOf: number | null;
}

/** One row of the grade trail: a grade as recorded when it first appeared or changed. */
export interface GradeRecord {
  id: number;
  claimId: number;
  grade: Grade;
  official: ClaimValue | null;
  officialRef: string | null;
  leadDays: number | null;
  reason: string;
  replaces: number | null;
  recordedAt: string;
}

export interface CalibrationBin {
  /** [from, to) of the confidence; the last bin includes 1. */
  from: number;
  to: number;
  claims: number;
  meanConfidence: number | null;
  /** Observed rate of being right (partly counts 0.5), or null for an empty bin. */
  observedRate: number | null;
}

export interface SourceRecord {
  source: string;
  /** Graded claims counted for the source: right + partly + wrong. */
  graded: number;
  right: number;
  partly: number;
  wrong: number;
  pending: number;
  void: number;
  /** (right + 0.5 × partly) / graded, or null with nothing graded. */
  accuracy: number | null;
  /** Median days between the claim and the official date over graded claims. */
  medianLeadDays: number | null;
  /** Mean of specificity × credit (right 1, partly 0.5, wrong 0): a narrow, right claim earns most. */
  specificityScore: number | null;
  /** Mean squared error of the stance confidence against the outcome (right 1, partly 0.5, wrong 0). */
  brier: number | null;
  /** The same for the record-based confidence: lower than `brier` when the record helps. */
  recordBrier: number | null;
  calibration: CalibrationBin[];
  /** The Beta posterior's mean for a new claim from this source with a neutral (0.5) stance. */
  trust: number;
  devices: string[];
  brands: string[];
}

export interface SourceDetail {
  record: SourceRecord;
  claims: GradedClaim[];
}

export interface DeviceGrades {
  device: { id: number; name: string; brand: string | null };
  cancelled: boolean;
  officials: OfficialValue[];
  claims: GradedClaim[];
  /** Counts over all of the device's claims, repeats included. */
  counts: Record<Grade, number>;
  /** The recorded grade trail of this device's claims, oldest first. */
  trail: GradeRecord[];
}
