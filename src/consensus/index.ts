// The public face of consensus: a device's sheet and timeline, and the reference rates prices convert with.
export {
  computeConsensus,
  type AttributeConsensus,
  type Candidate,
  type DeviceConsensus,
  type PriceConverter,
} from './compute-consensus.js';
export { checkClaims, type CheckReason, type CheckStatus, type ClaimCheck } from './check-claims.js';
export { deviceConsensus, deviceSheetAndTimeline, deviceTimeline, type DeviceSheet } from './device-sheet.js';
export { importRates, loadRates } from './rates.js';
export { buildTimeline, type TimelineEntry, type TimelineMark } from './timeline.js';
export { valueKey, valuesAgree } from './values.js';
