// A device's claims graded against its standing official values. Pure: the caller loads the claims, the
// official values, whether the device was cancelled, and who each story's origin is.
import type { StoredClaim } from '../ledger/index.js';
import { officialsForClaim } from './officials.js';
import { daysBetween } from './rules/dates.js';
import { gradeValue, type Convert } from './rules/grade-value.js';
import type { GradedClaim, OfficialValue } from './types.js';

export interface DeviceToGrade {
  id: number;
  name: string;
  claims: readonly StoredClaim[];
  /** Standing official values (see standingOfficials). */
  officials: readonly OfficialValue[];
  cancelled: boolean;
  /** The publisher of a story's origin article, which unnamed claims in any of its copies are credited to. */
  originPublisher(storyId: number): string | null;
}

export function gradeDeviceClaims(device: DeviceToGrade, convert: Convert | null): GradedClaim[] {
  return device.claims.map((claim) => {
    const creditedTo = claim.source ?? device.originPublisher(claim.storyId) ?? claim.publisher;
    const base = {
      claimId: claim.id,
      articleId: claim.articleId,
      storyId: claim.storyId,
      device: device.name,
      deviceId: device.id,
      attribute: claim.attribute,
      qualifier: claim.qualifier,
      value: claim.value,
      certainty: claim.certainty,
      stanceConfidence: claim.confidence,
      recordConfidence: claim.confidence,
      creditedTo,
      source: claim.source,
      publisher: claim.publisher,
      title: claim.title,
      url: claim.url,
      quote: claim.quote,
      claimedOn: claim.claimedOn,
      counted: false,
      notCountedBecause: null,
      repeatOf: null,
    };
    if (device.cancelled) {
      return { ...base, grade: 'void', official: null, specificity: 0, leadDays: null, detail: 'device cancelled' };
    }
    const officials = officialsForClaim(device.officials, claim.attribute, claim.qualifier);
    const verdict = gradeValue(claim.attribute, claim.value, claim.claimedOn, officials, convert);
    return {
      ...base,
      grade: verdict.grade,
      official: verdict.official,
      specificity: verdict.specificity,
      leadDays: verdict.official ? daysBetween(claim.claimedOn, verdict.official.knownOn) : null,
      detail: verdict.detail,
    };
  });
}
