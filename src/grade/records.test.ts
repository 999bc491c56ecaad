import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assignCredit, sourceKey } from './credit.js';
import { applyRecords, posteriorMean, PRIOR_STRENGTH } from './record-confidence.js';
import { brierScore, calibrationTable, sourceRecord } from './records.js';
import type { GradedClaim } from './types.js';

let nextId = 1;
function claim(over: Partial<GradedClaim>): GradedClaim {
  const id = nextId++;
  return {
    claimId: id,
    articleId: id,
    storyId: id,
    device: 'Phone X',
    deviceId: 1,
    attribute: 'battery_mah',
    qualifier: null,
    value: 5000,
    certainty: 'rumored',
    stanceConfidence: 0.6,
    recordConfidence: 0.6,
    creditedTo: 'Tipster',
    source: 'Tipster',
    publisher: 'Site',
    title: null,
    url: null,
    quote: '5,000mAh',
    claimedOn: '2024-01-01',
    grade: 'right',
    official: {
      attribute: 'battery_mah',
      qualifier: null,
      value: 5000,
      origin: 'article',
      ref: 'claim:0',
      source: 'Maker',
      knownOn: '2024-03-01',
    },
    specificity: 1,
    leadDays: 60,
    detail: '',
    counted: false,
    notCountedBecause: null,
    repeatOf: null,
    ...over,
  };
}

describe('source records', () => {
  test('Brier score is the mean squared gap between confidence and outcome', () => {
    assert.equal(brierScore([]), null);
    assert.equal(brierScore([{ p: 1, o: 1 }]), 0);
    assert.ok(
      Math.abs(
        (brierScore([
          { p: 0.8, o: 0 },
          { p: 0.6, o: 1 },
        ]) as number) -
          (0.64 + 0.16) / 2,
      ) < 1e-12,
    );
  });

  test('calibration: five bins of confidence, each with its count and observed rate', () => {
    const bins = calibrationTable([
      { p: 0.1, o: 0 },
      { p: 0.65, o: 1 },
      { p: 0.7, o: 0 },
      { p: 1, o: 1 },
    ]);
    assert.deepEqual(
      bins.map((b) => [b.from, b.claims, b.observedRate]),
      [
        [0, 1, 0],
        [0.2, 0, null],
        [0.4, 0, null],
        [0.6, 2, 0.5],
        [0.8, 1, 1],
      ],
    );
  });

  test('credit: the first appearance counts; a copy, an official claim and a claim after the launch do not', () => {
    const first = claim({ claimedOn: '2024-01-01' });
    const copy = claim({ claimedOn: '2024-01-02', storyId: first.storyId, creditedTo: '@tipster' });
    const officialClaim = claim({ certainty: 'official', creditedTo: 'Maker' });
    const late = claim({ value: 4000, grade: 'wrong', claimedOn: '2024-03-05', leadDays: -4 });
    const unsourced = claim({ value: 4500, creditedTo: null });
    const marked = assignCredit([copy, first, officialClaim, late, unsourced]);
    assert.deepEqual(
      marked.map((c) => [c.counted, c.notCountedBecause, c.repeatOf]),
      [
        [false, 'repeat', first.claimId],
        [true, null, null],
        [false, 'official', null],
        [false, 'after-official', null],
        [false, 'unsourced', null],
      ],
    );
  });

  test('sourceKey: case, spacing and a leading @ do not matter', () => {
    assert.equal(sourceKey('@OnLeaks'), sourceKey(' onleaks'));
    assert.notEqual(sourceKey('OnLeaks'), sourceKey('Leaks'));
  });

  test('record confidence: the stance as a Beta prior, updated only by grades known before the claim', () => {
    assert.equal(posteriorMean(0.6, []), 0.6);
    assert.equal(posteriorMean(0.6, [0, 0, 0, 0]), (PRIOR_STRENGTH * 0.6) / (PRIOR_STRENGTH + 4));
    const wrongs = [1, 2, 3].map(() => claim({ grade: 'wrong', counted: true, value: Math.random() }));
    const before = claim({ claimedOn: '2024-02-01', grade: 'pending', official: null, leadDays: null });
    const afterLaunch = claim({ claimedOn: '2024-04-01', grade: 'pending', official: null, leadDays: null });
    const [b, a] = applyRecords([...wrongs, before, afterLaunch]).slice(3);
    assert.equal(b?.recordConfidence, 0.6); // the grades were not known on 2024-02-01
    assert.ok(Math.abs((a?.recordConfidence ?? 0) - 2.4 / 7) < 1e-12);
  });

  test('a record counts right, partly and wrong, accuracy gives partly half, lead is the median', () => {
    const claims = [
      claim({ grade: 'right', leadDays: 10, counted: true }),
      claim({ grade: 'partly', leadDays: 30, counted: true, specificity: 0.5 }),
      claim({ grade: 'wrong', leadDays: 90, counted: true }),
      claim({ grade: 'pending', official: null, leadDays: null, counted: true }),
      claim({ grade: 'right', counted: false, notCountedBecause: 'repeat' }),
    ];
    const r = sourceRecord(claims, () => 'Brand');
    assert.deepEqual([r.graded, r.right, r.partly, r.wrong, r.pending], [3, 1, 1, 1, 1]);
    assert.equal(r.accuracy, 0.5);
    assert.equal(r.medianLeadDays, 30);
    assert.equal(r.specificityScore, (1 + 0.25 + 0) / 3);
    assert.deepEqual(r.brands, ['Brand']);
  });
});

describe('official values from articles', () => {
  test('an "official" claim resting on a listing or an analyst note is not taken as the official value', async () => {
    const { officialsFromClaims, standingOfficials } = await import('./officials.js');
    const stored = (id: number, over: object): Parameters<typeof officialsFromClaims>[0][number] => ({
      id,
      articleId: id,
      storyId: id,
      deviceName: 'Phone X',
      attribute: 'price',
      value: { amount: 1349, currency: 'GBP' },
      qualifier: null,
      certainty: 'official',
      confidence: 0.95,
      source: 'Maker',
      evidence: 'official',
      span: [0, 1],
      quote: '£',
      claimedOn: '2024-01-05',
      publisher: 'Site',
      title: null,
      url: null,
      ...over,
    });
    const claims = [
      stored(1, { evidence: 'retail_listing' }),
      stored(2, { claimedOn: '2024-01-10', value: { amount: 1399, currency: 'GBP' } }),
      // The launch names the market: it still replaces the earlier pound price.
      stored(3, { claimedOn: '2024-01-17', qualifier: 'UK', value: { amount: 1249, currency: 'GBP' } }),
      stored(4, { claimedOn: '2024-01-17', qualifier: '512GB', value: { amount: 1349, currency: 'GBP' } }),
      stored(5, { certainty: 'likely', value: { amount: 1, currency: 'GBP' } }),
    ];
    const from = officialsFromClaims(claims);
    assert.deepEqual(
      from.map((o) => o.ref),
      ['claim:2', 'claim:3', 'claim:4'],
    );
    assert.deepEqual(
      standingOfficials(from)
        .map((o) => o.ref)
        .sort(),
      ['claim:3', 'claim:4'],
    );
  });
});
