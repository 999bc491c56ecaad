// Rebuilds data/fx/reference-rates.txt.gz, the rate table hearsay ships, from the source files in the
// shared data folder. Run it when a newer ECB history arrives; the table is committed, so nothing
// else (tests included) needs the shared folder.
// usage: node --import tsx scripts/build-fx-table.ts [--shared DIR]   (DIR defaults to ../shared)
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BUNDLED_TABLE_PATH } from '../src/consensus/fx/bundled.js';
import { buildTableText, readFxSources } from '../src/consensus/fx/build-table.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const args = process.argv.slice(2);
const at = args.indexOf('--shared');
const given = at >= 0 ? args[at + 1] : path.join(root, '..', 'shared');
if (!given || given.startsWith('--')) {
  console.error('usage: build-fx-table [--shared DIR]');
  process.exit(2);
}
const shared = path.resolve(given);

const text = buildTableText(readFxSources(shared));
// gzip writes no name or time into its header here, so the same sources give the same bytes.
const gz = gzipSync(text, { level: 9 });
writeFileSync(BUNDLED_TABLE_PATH, gz);
console.log(
  `wrote ${path.relative(root, BUNDLED_TABLE_PATH)}: ${gz.length} bytes (${text.length} unzipped) from ${shared}`,
);
