import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pc from 'picocolors';
import type { ExtractionResult } from '../../core/types.js';
import { colorsFor, paintCertainty } from './colors.js';
import { toJsonRecord } from './json.js';
import { formatReport } from './report.js';
import { summaryLine, Tally } from './summary.js';
import { formatValue } from './value.js';

const plain = pc.createColors(false);

const result: ExtractionResult = {
  title: 'Zeta Phone leaks',
  published: '2013-11-28',
  publisher: 'Example News',
  authors: ['Ann Lee'],
  via: ['Tip Site'],
  devices: [
    {
      name: 'Zeta Phone S',
      brand: 'Zeta',
      aliases: ['Phone S'],
      relations: [{ type: 'variant_of', device: 'Zeta Phone' }],
    },
  ],
  claims: [
    {
      device: 'Zeta Phone S',
      attribute: 'price',
      value: { amount: 3600, currency: 'CNY' },
      qualifier: '32GB',
      certainty: 'doubtful',
      confidence: 0.2,
      source: 'Digi Shop',
      evidence: 'photo',
      span: [10, 20],
      quote: '3,600 Yuan',
    },
  ],
};

describe('report format', () => {
  it('value: prices, intervals, lists and units read like prose', () => {
    assert.equal(formatValue('price', { amount: 3600, currency: 'CNY' }), 'CNY 3,600');
    assert.equal(formatValue('price', { amount: 649.99, currency: 'USD' }), 'USD 649.99');
    assert.equal(formatValue('release_date', { from: '2014-02-01', to: '2014-02-28' }), '2014-02-01 – 2014-02-28');
    assert.equal(formatValue('announce_date', { from: '2014-02-24', to: '2014-02-24' }), '2014-02-24');
    assert.equal(formatValue('storage_gb', [16, 32]), '16, 32 GB');
    assert.equal(formatValue('battery_mah', 3000), '3,000 mAh');
    assert.equal(formatValue('colors', ['black', 'white']), 'black, white');
    assert.equal(formatValue('chipset', 'Snapdragon 800'), 'Snapdragon 800');
  });

  it('report: header, devices with relations, and each claim with its quote', () => {
    const text = formatReport('a.txt', result, { colors: plain });
    assert.match(
      text,
      /^a\.txt\n {2}Title +Zeta Phone leaks\n {2}Published +2013-11-28\n {2}Publisher +Example News\n {2}Authors +Ann Lee\n {2}Via +Tip Site\n/,
    );
    assert.match(text, /Zeta Phone S \(Zeta\); also "Phone S"; variant of Zeta Phone/);
    assert.match(
      text,
      /1\. Zeta Phone S · price: CNY 3,600 \[32GB\]\n +doubtful · confidence 0\.20 · source Digi Shop · evidence photo\n +"3,600 Yuan" \[10–20\]/,
    );
    assert.doesNotMatch(text, /by /);
  });

  it('report: --explain adds the components after each claim', () => {
    const text = formatReport('a.txt', result, {
      colors: plain,
      explain: [['parsers/price', 'refiners/attach-device']],
    });
    assert.match(text, /by parsers\/price → refiners\/attach-device/);
  });

  it('colours: only for a terminal and only without NO_COLOR', () => {
    assert.equal(paintCertainty(colorsFor({ isTTY: false }, {}), 'official'), 'official');
    assert.equal(paintCertainty(colorsFor({ isTTY: true }, { NO_COLOR: '1' }), 'official'), 'official');
    assert.equal(paintCertainty(colorsFor({ isTTY: true }, {}), 'official'), '\x1b[32mofficial\x1b[39m');
  });

  it('json: exactly the contract fields in order; "file" and "by" only when asked', () => {
    const noisy = { ...result, extra: 1, claims: result.claims.map((c) => ({ ...c, internal: true })) };
    const plainRecord = toJsonRecord(noisy);
    assert.deepEqual(Object.keys(plainRecord), [
      'title',
      'published',
      'publisher',
      'authors',
      'via',
      'devices',
      'claims',
    ]);
    assert.deepEqual(plainRecord.claims, result.claims);
    const record = toJsonRecord(result, { file: 'a.txt', explain: [['parsers/price']] });
    assert.equal(Object.keys(record)[0], 'file');
    assert.deepEqual((record.claims as { by: string[] }[])[0]?.by, ['parsers/price']);
  });

  it('summary: articles, devices and claims by certainty', () => {
    const tally = new Tally();
    tally.add(result);
    assert.equal(summaryLine(tally, 0), '1 article, 1 device, 1 claim (0 official, 0 likely, 0 rumored, 1 doubtful)');
    assert.match(summaryLine(tally, 2), /^1 article, 2 failed, /);
  });
});
