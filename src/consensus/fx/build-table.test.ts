import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ParseError } from '../../core/errors.js';
import { BUNDLED_TABLE_PATH, readBundledTableText } from './bundled.js';
import { buildRateColumns, buildTableText, parseFredCsv, readFxSources, type FxSources } from './build-table.js';
import { RateTable } from './rate-table.js';
import { decodeTable, seriesFromColumns } from './table-format.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The shared data folder scripts/build-fx-table.ts reads by default; only this test looks for it. */
const SHARED = path.resolve(root, '..', 'shared');

const ECB = [
  'Date,USD,CNY,INR,',
  '2005-04-04,1.2883,10.6625,N/A,',
  '2005-04-01,1.2959,10.7255,N/A,',
  '2005-03-31,1.2964,N/A,N/A,',
  '2005-03-30,1.2977,N/A,N/A,',
  '2005-03-28,1.2935,N/A,N/A,',
].join('\n');
// 2005-03-30 has no yuan figure (a US holiday in FRED's way of writing it); 2005-03-29 has no ECB row.
const DEXCHUS =
  'DATE,DEXCHUS\n2005-03-28,8.2765\n2005-03-29,8.2765\n2005-03-30,.\n2005-03-31,8.2765\n2005-04-01,8.2765\n';
const DEXINUS = 'DATE,DEXINUS\n2005-03-31,43.62\n2005-04-01,43.62\n2005-04-04,\n';

function sources(ecb = ECB): FxSources {
  return {
    ecb: { name: 'eurofxref-hist.csv', text: ecb },
    usdFills: [
      { currency: 'CNY', file: { name: 'DEXCHUS.csv', text: DEXCHUS } },
      { currency: 'INR', file: { name: 'DEXINUS.csv', text: DEXINUS } },
    ],
  };
}

function tableOf(text: string): RateTable {
  return new RateTable(seriesFromColumns(decodeTable(text, 'built'), 'built'));
}

describe('building the rate table', () => {
  it('parseFredCsv: reads "." and empty cells as holidays, refuses anything else', () => {
    const cny = parseFredCsv(DEXCHUS, 'DEXCHUS.csv');
    assert.equal(cny.size, 4);
    assert.deepEqual(
      [...parseFredCsv(DEXINUS, 'DEXINUS.csv').values()].map((f) => f.text),
      ['43.62', '43.62'],
    );
    assert.throws(() => parseFredCsv('DATE,DEXCHUS\n2005-03-28,n/a\n', 'x.csv'), ParseError);
    assert.throws(() => parseFredCsv('date;value\n', 'x.csv'), ParseError);
    assert.throws(() => parseFredCsv('DATE,DEXCHUS\n28/03/2005,8.2765\n', 'x.csv'), ParseError);
  });

  it('fills CNY and INR only on ECB dates before the ECB quoted them, where FRED has a figure', () => {
    const rates = tableOf(buildTableText(sources()));
    assert.equal(rates.rateOn('CNY', '2005-03-28')?.rate, 1.2935 * 8.2765);
    // FRED had no figure on 2005-03-30, so 2005-03-30 gets the 28th's fill.
    assert.equal(rates.rateOn('CNY', '2005-03-30')?.date, '2005-03-28');
    assert.equal(rates.rateOn('CNY', '2005-03-31')?.rate, 1.2964 * 8.2765);
    assert.deepEqual(rates.rateOn('CNY', '2005-04-01'), { rate: 10.7255, date: '2005-04-01' });
    // The ECB never quotes INR here, so FRED fills every date it can.
    assert.deepEqual(rates.rateOn('INR', '2005-04-01'), { rate: 1.2959 * 43.62, date: '2005-04-01' });
    assert.equal(rates.rateOn('INR', '2005-03-30'), null);
    const built = buildRateColumns(sources());
    assert.ok(built.comments.some((c) => c.startsWith('Source: European Central Bank')));
    assert.ok(built.comments.some((c) => c.includes('Federal Reserve System, H.10, via FRED: DEXCHUS.csv')));
  });

  it('refuses an ECB figure it could not give back digit for digit', () => {
    assert.throws(() => buildTableText(sources(ECB.replace('1.2883', '1.28830'))), /written 1\.28830/);
  });

  it('the committed table is what the build makes from the shared data', (t) => {
    if (!existsSync(path.join(SHARED, 'data', 'fx', 'eurofxref-hist.csv'))) {
      t.skip(`no shared data at ${SHARED}: nothing to rebuild from (the committed table is still tested)`);
      return;
    }
    const committed = readBundledTableText(BUNDLED_TABLE_PATH);
    assert.ok(committed === buildTableText(readFxSources(SHARED)), 'run scripts/build-fx-table.ts and commit');
  });
});
