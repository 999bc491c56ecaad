import { test } from 'node:test';
import { expectClaims, expectNoClaims } from '../../../test/helpers/extract.js';

const pub = { published: '2024-01-10' };

test('specs: every attribute in the units real articles use', () => {
  const cases: [string, Parameters<typeof expectClaims>[2]][] = [
    ['The Pixel 8 has a 6.2-inch display.', [{ attribute: 'display_size_in', value: 6.2 }]],
    [
      'The Pixel 8 gets a 5.5in, 2K quad HD display.',
      [
        { attribute: 'display_size_in', value: 5.5 },
        { attribute: 'display_resolution', value: '2560x1440' },
      ],
    ],
    ['The Pixel 8 gets a 15.5cm screen.', [{ attribute: 'display_size_in', value: 6.1 }]],
    [
      'The Pixel 8 gets a six-inch 1080p panel.',
      [
        { attribute: 'display_size_in', value: 6 },
        { attribute: 'display_resolution', value: '1920x1080' },
      ],
    ],
    ['The Pixel 8 gets a 1,080 x 2,400 screen.', [{ attribute: 'display_resolution', value: '2400x1080' }]],
    ['The Pixel 8 gets a Full HD screen.', [{ attribute: 'display_resolution', value: '1920x1080' }]],
    ['The Pixel 8 gets a QHD display.', [{ attribute: 'display_resolution', value: '2560x1440' }]],
    ['The Pixel 8 gets a 120Hz refresh rate.', [{ attribute: 'refresh_rate_hz', value: 120 }]],
    [
      'The Pixel 8 runs a 2.2GHz quad-core chip.',
      [
        { attribute: 'cpu_clock_ghz', value: 2.2 },
        { attribute: 'cpu_cores', value: 4 },
      ],
    ],
    ['The Pixel 8 uses an octa-core Tensor G3.', [{ attribute: 'cpu_cores', value: 8 }]],
    ['The Galaxy S24 uses the Qualcomm Snapdragon 8 Gen 3.', [{ attribute: 'chipset', value: 'Snapdragon 8 Gen 3' }]],
    ['The Galaxy S24 uses the Exynos 2400 in Europe.', [{ attribute: 'chipset', value: 'Exynos 2400' }]],
    ['The Redmi Note 13 uses a MediaTek Dimensity 7200.', [{ attribute: 'chipset', value: 'Dimensity 7200' }]],
    ['The Redmi Note 8 uses a Helio G90T chip.', [{ attribute: 'chipset', value: 'Helio G90T' }]],
    ['The iPhone 15 Pro uses the A17 Pro.', [{ attribute: 'chipset', value: 'A17 Pro' }]],
    ['The Pixel 8 uses the Google Tensor G3.', [{ attribute: 'chipset', value: 'Tensor G3' }]],
    ['The Mate 60 Pro uses a Kirin 9000S chip.', [{ attribute: 'chipset', value: 'Kirin 9000S' }]],
    [
      'The Pixel 8 has 8GB of RAM and 128GB of storage.',
      [
        { attribute: 'ram_gb', value: 8 },
        { attribute: 'storage_gb', value: 128 },
      ],
    ],
    ['The Pixel 8 comes in 128GB/256GB versions.', [{ attribute: 'storage_gb', value: [128, 256] }]],
    ['The Pixel 8 Pro tops out at 1TB of storage.', [{ attribute: 'storage_gb', value: 1000 }]],
    [
      'The Mi 10 is said to come with 12GB RAM and 256GB storage.',
      [
        { attribute: 'ram_gb', value: 12 },
        { attribute: 'storage_gb', value: 256 },
      ],
    ],
    ['The Moto G offers 8GB or 16GB of internal storage.', [{ attribute: 'storage_gb', value: [8, 16] }]],
    [
      'The Pixel 8 has a 50MP main camera and a 10.5MP selfie camera.',
      [
        { attribute: 'rear_camera_mp', value: 50 },
        { attribute: 'front_camera_mp', value: 10.5 },
      ],
    ],
    ['The Xperia Z2 has a 20.7-megapixel rear camera.', [{ attribute: 'rear_camera_mp', value: 20.7 }]],
    ['The Pixel 8 packs a 4,575mAh battery.', [{ attribute: 'battery_mah', value: 4575 }]],
    ['The Pixel 8 ships with Android 14.', [{ attribute: 'os', value: 'Android 14' }]],
    ['The Xperia Z2 runs Android 4.4 KitKat.', [{ attribute: 'os', value: 'Android 4.4' }]],
    ['The iPhone 16 will run iOS 18.', [{ attribute: 'os', value: 'iOS 18' }]],
    ['The Galaxy Watch 4 runs Wear OS.', [{ attribute: 'os', value: 'Wear OS' }]],
    ['The Pixel 8 weighs 187g.', [{ attribute: 'weight_g', value: 187 }]],
    ['The Pixel 8 weighs 6.6 ounces.', [{ attribute: 'weight_g', value: 187.1 }]],
    ['The Pixel 8 is 8.9mm thick.', [{ attribute: 'thickness_mm', value: 8.9 }]],
    ['The Xperia Z2 measures 146.8 x 73.3 x 8.2mm.', [{ attribute: 'thickness_mm', value: 8.2 }]],
    ['The Pixel 8 is rated IP68 for water resistance.', [{ attribute: 'water_resistance', value: 'IP68' }]],
    [
      'The OnePlus 12 supports 80W fast charging and 50W wireless charging.',
      [
        { attribute: 'charging_w', value: 80, qualifier: null },
        { attribute: 'charging_w', value: 50, qualifier: 'wireless' },
      ],
    ],
    [
      'The Pixel 8 comes in Obsidian, Hazel and Rose colours.',
      [{ attribute: 'colors', value: ['obsidian', 'hazel', 'rose'] }],
    ],
    ['The Galaxy S24 Ultra carries the model number SM-S928B.', [{ attribute: 'model_number', value: 'SM-S928B' }]],
    ['The Moto G is known internally by the codename "Falcon".', [{ attribute: 'codename', value: 'Falcon' }]],
  ];
  for (const [text, expected] of cases) expectClaims(text, pub, expected);
});

test('specs: negative cases', () => {
  expectNoClaims('Some 2,000 people attended the Galaxy S24 launch in San Jose.', pub, ['battery_mah']);
  expectNoClaims('The Galaxy S24 supports 5G and 4G LTE networks.', pub, ['weight_g']);
  expectNoClaims('The Galaxy S24 comes with 12 months of free cloud storage.', pub, ['storage_gb', 'ram_gb']);
  expectNoClaims('The Galaxy S24 supports microSD cards of up to 1TB.', pub, ['storage_gb']);
  expectNoClaims('The Galaxy S24 supports 5GHz Wi-Fi bands.', pub, ['cpu_clock_ghz']);
  expectNoClaims('The Galaxy S24 can shoot 4K video at 60fps.', pub, ['display_resolution']);
  expectNoClaims('The Galaxy S24 will be 2024’s most popular phone.', pub, ['price', 'storage_gb']);
  expectNoClaims('Sony-D6503-Leak_3-640x473 shows the Xperia Z2 from the back.', pub, ['display_resolution']);
});

test('specs: smaller units and versions', () => {
  expectClaims('The Galaxy Watch Active 2 has 768MB of RAM and runs Tizen OS 4.0.', pub, [
    { attribute: 'ram_gb', value: 0.768 },
    { attribute: 'os', value: 'Tizen 4.0' },
  ]);
  expectClaims('The Redmi Note 13 costs Rs 17,999 for the 6GB/128GB model.', pub, [
    { attribute: 'price', value: { amount: 17999, currency: 'INR' }, qualifier: '6GB/128GB' },
    { attribute: 'ram_gb', value: 6 },
    { attribute: 'storage_gb', value: 128 },
  ]);
  // The "RAM" that labels the first amount does not label the drive after it.
  expectClaims('The Dell XPS 13 has 32GB of RAM and a 2TB SSD.', pub, [
    { attribute: 'ram_gb', value: 32 },
    { attribute: 'storage_gb', value: 2000 },
  ]);
});

test('memory: options in one sentence, an unlabeled configuration, and another device’s memory left out', () => {
  expectClaims(
    'The OnePlus 6 comes with 6GB of RAM and 64GB of storage, while a special edition will pack 8GB and 256GB.',
    pub,
    [
      { attribute: 'ram_gb', value: [6, 8] },
      { attribute: 'storage_gb', value: [64, 256] },
    ],
  );
  expectClaims('The Switch 2 will have 12GB of RAM, a big jump from the 4GB of the 2017 Switch.', pub, [
    { attribute: 'ram_gb', value: 12 },
  ]);
});

test('chipset: a part number in brackets joins the chip it names', () => {
  const claims = expectClaims('The Xperia Z2 has a Qualcomm Snapdragon 800 processor (MSM8974AB).', pub, [
    { attribute: 'chipset', value: 'Snapdragon 800', quote: 'Qualcomm Snapdragon 800 processor (MSM8974AB)' },
  ]);
  if (claims.filter((c) => c.attribute === 'chipset').length !== 1)
    throw new Error('the part number became a second chipset');
});

test('codename: the ways articles give one', () => {
  expectClaims('The Pixel 8 Pro is known inside Google as "husky", sources say.', pub, [
    { attribute: 'codename', value: 'husky' },
  ]);
  expectClaims(
    'A listing for a device called "Google caiman", the codename of the Pixel 9 Pro, shows 16GB of RAM.',
    pub,
    [{ attribute: 'codename', value: 'caiman' }],
  );
  expectClaims('The Moto G 2015 internal codename is "osprey".', pub, [{ attribute: 'codename', value: 'osprey' }]);
  expectNoClaims('The Pixel 8 Pro ships in a colour called "Bay".', pub, ['codename']);
});

test('specs: wireless charging named first, millimetres spelled out, marketing colour names', () => {
  expectClaims('The Galaxy S10 supports Qi wireless charging at 15W.', pub, [
    { attribute: 'charging_w', value: 15, qualifier: 'wireless' },
  ]);
  expectClaims('The Galaxy S10 is 7.8 millimeters thin.', pub, [{ attribute: 'thickness_mm', value: 7.8 }]);
  expectClaims('The Huawei P30 Pro is available in Breathing Crystal, Aurora and Black.', pub, [
    { attribute: 'colors', value: ['breathing crystal', 'aurora', 'black'] },
  ]);
  expectNoClaims('The Huawei P30 Pro is available in India, China and Europe.', pub, ['colors']);
});

test('os: Android by its development letter', () => {
  expectClaims('The Pixel 4 will ship with Android Q.', pub, [{ attribute: 'os', value: 'Android 10' }]);
  expectClaims('The Mate 30 runs Android P-based EMUI.', pub, [{ attribute: 'os', value: 'Android 9' }]);
});
