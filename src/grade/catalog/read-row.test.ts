import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import fc from 'fast-check';
import { readCatalogRow, readMegapixels, readMemory } from './read-row.js';

const none = { currency: null };

describe('catalog rows', () => {
  test("hearsay's own columns: plain values into the contract's forms", () => {
    const { device, problems } = readCatalogRow(
      2,
      {
        name: 'Edge 90 Neo',
        brand: 'Motorola',
        announced: '2025-05-20',
        released: '2025-05-29',
        display_size_in: '6.6',
        display_resolution: '1220x2712',
        chipset: 'MediaTek Dimensity 8400',
        ram_gb: '12',
        storage_gb: '256,512',
        battery_mah: '5000',
        weight_g: '186',
        price: '499 USD',
      },
      none,
    );
    assert.deepEqual(problems, []);
    assert.equal(device?.name, 'Motorola Edge 90 Neo');
    assert.deepEqual(Object.fromEntries(device?.values.map((v) => [v.attribute, v.value]) ?? []), {
      announce_date: { from: '2025-05-20', to: '2025-05-20' },
      release_date: { from: '2025-05-29', to: '2025-05-29' },
      display_size_in: 6.6,
      display_resolution: '2712x1220',
      chipset: 'Dimensity 8400',
      ram_gb: 12,
      storage_gb: [256, 512],
      battery_mah: 5000,
      weight_g: 186,
      price: { amount: 499, currency: 'USD' },
    });
  });

  test('spec-dump strings: units, part codes, "Released" inside the status, several prices', () => {
    const { device, problems } = readCatalogRow(
      7,
      {
        name: 'Nokia Lumia 1290',
        announced: '2014, March 3. Released 2014, May',
        display_size_in: '5.2 inches, 74.5 cm2 (~70.1% screen-to-body ratio)',
        display_resolution: '1080 x 1920 pixels, 16:9 ratio',
        chipset: 'Qualcomm MSM8974AB Snapdragon 801 (28 nm) - global',
        memory: '32GB 2GB RAM, 64GB 3GB RAM',
        rear_camera_mp: 'Dual~.~20 MP, f/2.0, AF',
        front_camera_mp: '1.2 MP',
        battery_mah: 'Non-removable Li-Ion 3100 mAh battery',
        weight_g: '154 g (5.43 oz)',
        price: '$ 449.99 / € 419.00 / £ 359.00',
      },
      none,
    );
    assert.deepEqual(problems, []);
    const values = device?.values ?? [];
    const one = (a: string): unknown => values.find((v) => v.attribute === a)?.value;
    assert.equal(device?.brand, 'Nokia');
    assert.deepEqual(one('announce_date'), { from: '2014-03-03', to: '2014-03-03' });
    assert.deepEqual(one('release_date'), { from: '2014-05-01', to: '2014-05-31' });
    assert.equal(one('display_size_in'), 5.2);
    assert.equal(one('display_resolution'), '1920x1080');
    assert.equal(one('chipset'), 'Snapdragon 801');
    assert.deepEqual(one('storage_gb'), [32, 64]);
    assert.deepEqual(one('ram_gb'), [2, 3]);
    assert.equal(one('rear_camera_mp'), 20);
    assert.equal(one('front_camera_mp'), 1.2);
    assert.equal(one('battery_mah'), 3100);
    assert.equal(one('weight_g'), 154);
    assert.deepEqual(
      values.filter((v) => v.attribute === 'price').map((v) => v.value),
      [
        { amount: 449.99, currency: 'USD' },
        { amount: 419, currency: 'EUR' },
        { amount: 359, currency: 'GBP' },
      ],
    );
  });

  test('missing markers are skipped; an implausible number or an unreadable cell is a problem, the row goes on', () => {
    const { device, problems } = readCatalogRow(
      12,
      {
        name: 'Tiny 1',
        brand: 'Acme',
        ram_gb: '96',
        battery_mah: 'NA',
        weight_g: '-',
        price: '170',
        display_size_in: '5',
      },
      none,
    );
    assert.deepEqual(
      problems.map((p) => [p.line, p.column]),
      [
        [12, 'ram_gb'],
        [12, 'price'],
      ],
    );
    assert.deepEqual(device?.values, [{ attribute: 'display_size_in', value: 5 }]);
    // A bare price takes the currency given for the file.
    const priced = readCatalogRow(13, { name: 'Tiny 2', brand: 'Acme', price: '170' }, { currency: 'EUR' });
    assert.deepEqual(priced.device?.values, [{ attribute: 'price', value: { amount: 170, currency: 'EUR' } }]);
  });

  test('a tablet weighed in kilograms; a battery cell naming only a part number gives no capacity', () => {
    const { device } = readCatalogRow(
      5,
      { name: 'Slab 2', brand: 'Acme', weight_g: '1.85 kg (4.08 lb)', battery_mah: 'Removable Li-Ion (BL-4C)' },
      none,
    );
    assert.deepEqual(device?.values, [{ attribute: 'weight_g', value: 1850 }]);
  });

  test('a cancelled status marks the device; a row without a name is a problem', () => {
    assert.equal(
      readCatalogRow(3, { name: 'Concept Z', brand: 'Acme', status: 'Cancelled' }, none).device?.cancelled,
      true,
    );
    const nameless = readCatalogRow(4, { name: 'NA', battery_mah: '4000' }, none);
    assert.equal(nameless.device, null);
    assert.deepEqual(nameless.problems, [{ line: 4, column: 'name', reason: 'no device name' }]);
  });

  test('memory and camera cells', () => {
    assert.deepEqual(readMemory('128MB RAM, 256MB ROM'), { storage: [0.256], ram: [0.128] });
    assert.deepEqual(readMemory('1TB 16GB RAM'), { storage: [1000], ram: [16] });
    assert.deepEqual(readMemory('4GB (1.2GB user available), 512MB RAM'), { storage: [4], ram: [0.512] });
    assert.equal(readMegapixels('VGA, LED flash'), 0.3);
    assert.equal(readMegapixels('Videocall camera'), null);
    assert.equal(readMegapixels('720p'), null);
    assert.equal(readMegapixels('12'), 12);
  });

  it('never throws on arbitrary cells', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('NA', '-', '2013, September', 'Released 2099, Smarch', '1,2,3', '$ / €', '9'.repeat(400), '~.~'),
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'name',
            'brand',
            'announced',
            'status',
            'price',
            'memory',
            'chipset',
            'display_resolution',
            'ram_gb',
            'rear_camera_mp',
          ),
          cell,
        ),
        (cells) => {
          const { device, problems } = readCatalogRow(1, cells, none);
          assert.ok(device !== null || problems.length > 0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
