// The rate table shipped with hearsay (data/fx/), so conversions work offline and the same everywhere.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { HearsayError } from '../../core/errors.js';
import { RateTable } from './rate-table.js';
import { decodeTable, seriesFromColumns } from './table-format.js';

/** Where the committed table lives, found from this file so it works from any working directory. */
export const BUNDLED_TABLE_PATH = fileURLToPath(new URL('../../../data/fx/reference-rates.txt.gz', import.meta.url));

let bundled: RateTable | undefined;

/** The committed table's text. Throws HearsayError when the file is missing or not gzip. */
export function readBundledTableText(file: string = BUNDLED_TABLE_PATH): string {
  try {
    return gunzipSync(readFileSync(file)).toString('utf8');
  } catch (error) {
    throw new HearsayError('fx', file, 'cannot read the bundled rate table (scripts/build-fx-table.ts makes it)', {
      cause: error,
    });
  }
}

/** The ECB reference rates shipped with hearsay, read once on first use and shared after that. */
export function loadBundledRates(): RateTable {
  if (!bundled) {
    const columns = decodeTable(readBundledTableText(), BUNDLED_TABLE_PATH);
    bundled = new RateTable(seriesFromColumns(columns, BUNDLED_TABLE_PATH));
  }
  return bundled;
}
