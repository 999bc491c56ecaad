import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import fc from 'fast-check';
import { HearsayError, InputError } from '../../core/errors.js';
import { parseAssignment } from '../confirm.js';
import { readDateWindow } from './read-date.js';
import { numbersIn } from './read-number.js';
import { readOfficialValue } from './read-value.js';

describe('official values as people write them', () => {
  test('attribute=value, with a qualifier in brackets, in the contract value forms', () => {
    assert.deepEqual(parseAssignment('battery_mah=5,050'), [
      { attribute: 'battery_mah', qualifier: null, value: 5050 },
    ]);
    assert.deepEqual(parseAssignment('charging_w[US]=80'), [{ attribute: 'charging_w', qualifier: 'US', value: 80 }]);
    assert.deepEqual(parseAssignment('price=$999 / £999'), [
      { attribute: 'price', qualifier: null, value: { amount: 999, currency: 'USD' } },
      { attribute: 'price', qualifier: null, value: { amount: 999, currency: 'GBP' } },
    ]);
    assert.deepEqual(parseAssignment('release_date=2023-10'), [
      { attribute: 'release_date', qualifier: null, value: { from: '2023-10-01', to: '2023-10-31' } },
    ]);
    assert.deepEqual(parseAssignment('storage_gb=128, 256 or 512')[0]?.value, [128, 256, 512]);
    assert.deepEqual(parseAssignment('colors=Obsidian, Porcelain')[0]?.value, ['obsidian', 'porcelain']);
    assert.deepEqual(parseAssignment('chipset=Google Tensor G3')[0]?.value, 'Tensor G3');
    assert.deepEqual(parseAssignment('announce_date=2023-10-04..2023-10-05')[0]?.value, {
      from: '2023-10-04',
      to: '2023-10-05',
    });
  });

  test('bad input is an InputError naming the attribute, the text and the reason', () => {
    const cases: [string, RegExp][] = [
      ['battery_mah', /no number found/],
      ['nonsense=3', /unknown attribute/],
      ['price=999', /no currency/],
      ['release_date=soon', /expected a date/],
      ['announce_date=2023-10-05..2023-10-04', /ends before it starts/],
      ['weight_g=', /empty value/],
    ];
    for (const [text, reason] of cases) {
      assert.throws(
        () => parseAssignment(text === 'battery_mah' ? 'battery_mah=lots' : text),
        (e: unknown) => e instanceof InputError && reason.test(e.reason),
        text,
      );
    }
  });

  test('dates as spec sheets write them', () => {
    assert.deepEqual(readDateWindow('2019, February 20'), { from: '2019-02-20', to: '2019-02-20' });
    assert.deepEqual(readDateWindow('Available. Released 2019, March'), { from: '2019-03-01', to: '2019-03-31' });
    assert.deepEqual(readDateWindow('2016'), { from: '2016-01-01', to: '2016-12-31' });
    assert.deepEqual(readDateWindow('2024, February 30'), { from: '2024-02-01', to: '2024-02-29' });
    assert.equal(readDateWindow('Not announced yet'), null);
  });

  test('numbers in text: thousands separators, Indian grouping, decimals', () => {
    assert.deepEqual(
      numbersIn('Rs 1,06,999 or $1,079.50, .5 of it').map((n) => n.value),
      [106999, 1079.5, 0.5],
    );
  });

  it('never throws anything but a HearsayError', () => {
    const attributes = fc.constantFrom(
      'price',
      'release_date',
      'storage_gb',
      'display_resolution',
      'chipset',
      'colors',
      'weight_g',
    );
    fc.assert(
      fc.property(attributes, fc.string(), (attribute, text) => {
        try {
          readOfficialValue(attribute, text);
        } catch (error) {
          if (!(error instanceof HearsayError)) throw error;
        }
      }),
      { numRuns: 1000 },
    );
  });
});
