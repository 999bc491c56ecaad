// The public face of grading. Reads: `sourceRecords` (the leaderboard), `sourceDetail` (one source's claims
// and grades), `deviceGrades` (a device's claims graded, its official values and the grade trail). Writes:
// `confirmOfficial` (a person's values or a cancellation), `importCatalog` (a spec-sheet CSV),
// `recordGrades` (append grade changes to the trail). `exportGrades` writes JSON, CSV or ClaimReview.
// Names and result types here are stable: surfaces (api, web) build on them; fields may be added.
export { sourceRecords, sourceRecordLookup, sourceDetail, deviceGrades, type SourceRecordsOptions } from './read.js';
export {
  confirmOfficial,
  parseAssignment,
  type ConfirmInput,
  type ConfirmResult,
  type OfficialAssignment,
} from './confirm.js';
export { importCatalog, type CatalogImportOptions, type CatalogImportResult } from './catalog/import-catalog.js';
export type { CatalogProblem } from './catalog/read-row.js';
export { CATALOG_FIELDS, HEADER_ALIASES } from './catalog/columns.js';
export { recordGrades, type RegradeSummary } from './record-grades.js';
export { exportGrades, EXPORT_FORMATS, type ExportFormat, type ExportOptions } from './export.js';
export { PRIOR_STRENGTH } from './record-confidence.js';
export { CALIBRATION_EDGES } from './records.js';
export {
  GRADES,
  type CalibrationBin,
  type DeviceGrades,
  type Grade,
  type GradeRecord,
  type GradedClaim,
  type OfficialOrigin,
  type OfficialValue,
  type SourceDetail,
  type SourceRecord,
  type ValueVerdict,
} from './types.js';
