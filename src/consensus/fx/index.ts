// Currency conversion at a claim's date, from the ECB's euro reference rates.
export { loadBundledRates } from './bundled.js';
export { canonicalCurrency } from './currency.js';
export { parseEcbCsv } from './parse-ecb-csv.js';
export { MAX_SKIPPED_PUBLICATIONS, RateTable, type Converted, type FxRow, type RateOn } from './rate-table.js';
