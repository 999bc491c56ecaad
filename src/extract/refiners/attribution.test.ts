import { test } from 'node:test';
import { expectClaims } from '../../../test/helpers/extract.js';

const pub = { published: '2024-02-01' };

test('attach-device: a value belongs to the device it modifies or the one named before it', () => {
  expectClaims(
    'Google is preparing the Pixel 9. The search giant’s phone will be joined by a $599 Pixel Tablet 2.',
    pub,
    [{ attribute: 'price', value: { amount: 599, currency: 'USD' }, device: 'Google Pixel Tablet 2' }],
  );
  expectClaims('The Galaxy S25 will have a 6.2-inch screen, bigger than the Galaxy S24.', pub, [
    { attribute: 'display_size_in', value: 6.2, device: 'Samsung Galaxy S25' },
  ]);
  expectClaims('The Galaxy S25 is a follow-up to the Galaxy S24 released in January 2024.', pub, [
    {
      attribute: 'release_date',
      value: { from: '2024-01-01', to: '2024-01-31' },
      device: 'Samsung Galaxy S24',
      certainty: 'official',
    },
  ]);
  expectClaims('The Xperia 1 VI leaked today. It also packs the same 12MP camera as the Xperia 1 V.', pub, [
    { attribute: 'rear_camera_mp', value: 12, device: 'Sony Xperia 1 VI' },
    { attribute: 'rear_camera_mp', value: 12, device: 'Sony Xperia 1 V', certainty: 'official' },
  ]);
  // An older model that opens its sentence is what the sentence is about, but not the next "it".
  expectClaims('The Galaxy S25 should cost more. The previous Galaxy S24 started at $799. It launches in March.', pub, [
    {
      attribute: 'price',
      value: { amount: 799, currency: 'USD' },
      device: 'Samsung Galaxy S24',
      certainty: 'official',
    },
    { attribute: 'announce_date', value: { from: '2024-03-01', to: '2024-03-31' }, device: 'Samsung Galaxy S25' },
  ]);
});

test('attach-source: credits reach as far as the text carries them', () => {
  expectClaims('According to tipster Ice Universe, the Galaxy S25 Ultra will have a 5,000mAh battery.', pub, [
    { attribute: 'battery_mah', value: 5000, source: 'Ice Universe' },
  ]);
  expectClaims('Leaker @OnLeaks posted renders of the Pixel 9. The handset is said to sport a 6.3-inch display.', pub, [
    { attribute: 'display_size_in', value: 6.3, source: '@OnLeaks', evidence: 'render' },
  ]);
  expectClaims('The Galaxy S25 was spotted on TENAA with 12GB of RAM.', pub, [
    { attribute: 'ram_gb', value: 12, source: 'TENAA', certainty: 'likely', evidence: 'regulatory_filing' },
  ]);
  expectClaims('A Geekbench listing shows the OnePlus 13 with 16GB of RAM.', pub, [
    { attribute: 'ram_gb', value: 16, source: 'Geekbench', certainty: 'likely', evidence: 'benchmark' },
  ]);
  expectClaims('Reports claim the Pixel 9 will cost $799.', pub, [
    { attribute: 'price', value: { amount: 799, currency: 'USD' }, source: null },
  ]);
  expectClaims('GSMArena reports the Moto G 2024 will have a 6.5-inch display.\n\nVia XDA', pub, [
    { attribute: 'display_size_in', value: 6.5, source: 'GSMArena' },
  ]);
});

test('scope-hedges: certainty from stance in scope, including the next sentence', () => {
  expectClaims('The Pixel 9 will reportedly cost $699. We’d be surprised if Google went that low.', pub, [
    { attribute: 'price', value: { amount: 699, currency: 'USD' }, certainty: 'doubtful' },
  ]);
  expectClaims('The Pixel 9 will cost $699, but there’s no way to verify this yet.', pub, [
    { attribute: 'price', value: { amount: 699, currency: 'USD' }, certainty: 'doubtful' },
  ]);
  expectClaims('The Pixel 9 is tipped to pack a 4,700mAh battery.', pub, [
    { attribute: 'battery_mah', value: 4700, certainty: 'rumored' },
  ]);
  expectClaims('Take this one with a pinch of salt. The Pixel 9 is said to get a 6.4-inch screen.', pub, [
    { attribute: 'display_size_in', value: 6.4, certainty: 'doubtful' },
  ]);
  expectClaims('Google unveiled the Pixel 9 today. The Pixel 9 has a 6.3-inch display and costs $799.', pub, [
    { attribute: 'display_size_in', value: 6.3, certainty: 'official', source: 'Google' },
    { attribute: 'announce_date', value: { from: '2024-02-01', to: '2024-02-01' }, certainty: 'official' },
  ]);
});

test('scope-hedges: a maker confirming a date is official; its word does not carry into tips', () => {
  const claims = expectClaims(
    'Honor has confirmed that it will launch the Honor 9X in China on July 23. The phone is tipped to cost 1,399 yuan.',
    { published: '2019-07-15' },
    [
      {
        attribute: 'announce_date',
        value: { from: '2019-07-23', to: '2019-07-23' },
        certainty: 'official',
        source: 'Honor',
      },
    ],
  );
  const price = claims.find((c) => c.attribute === 'price');
  if (!price || price.source === 'Honor' || price.certainty !== 'rumored')
    throw new Error(`price: ${JSON.stringify(price)}`);
});

test('attach-source: a surname stands for the full name the article gave', () => {
  expectClaims(
    'KGI Securities analyst Ming-Chi Kuo has a new note. Kuo believes the iPhone 6 will come in 4.7-inch and 5.5-inch versions.',
    pub,
    [
      { attribute: 'display_size_in', value: 4.7, source: 'Ming-Chi Kuo' },
      { attribute: 'display_size_in', value: 5.5, source: 'Ming-Chi Kuo' },
    ],
  );
});

test('resolve-devices: the original model keeps its own name beside its successor', () => {
  expectClaims(
    'Samsung unveiled the Galaxy Watch Active 2 today. The first Galaxy Watch Active, by comparison, had a 230mAh battery.',
    { published: '2019-08-05' },
    [
      {
        attribute: 'battery_mah',
        value: 230,
        device: 'Samsung Galaxy Watch Active',
        certainty: 'official',
        source: null,
      },
    ],
  );
});

test('attach-device: a spec the rumoured device keeps from another is a claim about both', () => {
  expectClaims(
    'Xperia Z1 Compact leaks again\n\nSony’s Xperia Z1 Compact leaked again, according to ePrice. It is also said to keep the Z1’s 20.7MP camera. The Xperia Z1 is on sale now.',
    { published: '2013-12-10' },
    [
      {
        attribute: 'rear_camera_mp',
        value: 20.7,
        device: 'Sony Xperia Z1 Compact',
        certainty: 'rumored',
        source: 'ePrice',
      },
      { attribute: 'rear_camera_mp', value: 20.7, device: 'Sony Xperia Z1', certainty: 'official', source: null },
    ],
  );
});

test('resolve-devices: a model written without its brand, with or without a suffix', () => {
  expectClaims(
    'Huawei P20 Pro leaks\n\nThe Huawei P20 Pro is coming. The P20 Pro is expected to cost 899 euros, while the smaller P20 could go for 649 euros.',
    { published: '2018-03-10' },
    [
      { attribute: 'price', value: { amount: 899, currency: 'EUR' }, device: 'Huawei P20 Pro' },
      { attribute: 'price', value: { amount: 649, currency: 'EUR' }, device: 'Huawei P20' },
    ],
  );
});

test('attach-device: a date for a series is a date for each of its devices', () => {
  expectClaims(
    'vivo X100 Pro leaks\n\nvivo has confirmed that the X100 series will be launched in China on November 13. The vivo X100 Pro and vivo X100 are both coming.',
    { published: '2023-10-30' },
    [
      {
        attribute: 'announce_date',
        value: { from: '2023-11-13', to: '2023-11-13' },
        device: 'Vivo X100',
        certainty: 'official',
      },
      {
        attribute: 'announce_date',
        value: { from: '2023-11-13', to: '2023-11-13' },
        device: 'Vivo X100 Pro',
        certainty: 'official',
      },
    ],
  );
});

test('attach-device: in a round-up, "the phone" is the one its paragraph is about', () => {
  expectClaims(
    'What to expect at MWC\n\nSamsung will show the Galaxy S6.\n\nHTC will show the One M9 the same day. According to @upleaks, the phone packs a 2,840mAh battery.',
    { published: '2015-02-20' },
    [{ attribute: 'battery_mah', value: 2840, device: 'HTC One M9', source: '@upleaks' }],
  );
});

test('attach-source: a credit carries on through the paragraph, sentence by sentence', () => {
  expectClaims(
    'OnePlus 6 leaks\n\nThe OnePlus 6 is coming, according to CNMO.\n\nBase models are said to come with 6GB of RAM. The phone will retail for $529 in the US.',
    { published: '2018-04-20' },
    [{ attribute: 'price', value: { amount: 529, currency: 'USD' }, qualifier: 'US', source: 'CNMO' }],
  );
});

test('attach-device: "both" phones or watches share a claim; "both sizes" do not', () => {
  expectClaims(
    'Apple Watch Series 9 leaks\n\nThe Apple Watch Series 9 gets an S9 chip. The Apple Watch Ultra 2 is also coming. Both watches are expected to be unveiled at Apple’s September event.',
    { published: '2023-06-12' },
    [
      { attribute: 'announce_date', value: { from: '2023-09-01', to: '2023-09-30' }, device: 'Apple Watch Series 9' },
      { attribute: 'announce_date', value: { from: '2023-09-01', to: '2023-09-30' }, device: 'Apple Watch Ultra 2' },
    ],
  );
});

test('attach-source: outlets and people named in the ways articles name them', () => {
  const cases: [string, string][] = [
    ["Android Police's David Ruddock reports that the Pixel 3 XL will have a 6.3-inch screen.", 'David Ruddock'],
    ['According to 9to5Mac, the iPhone XR will have a 6.1-inch screen.', '9to5Mac'],
    ['The Galaxy Note 10 will reportedly have a 6.3-inch screen, sources told Reuters.', 'Reuters'],
    ['Weibo leaker Digital Chat Station says the Xiaomi 12 will have a 6.28-inch screen.', 'Digital Chat Station'],
  ];
  for (const [text, source] of cases)
    expectClaims(text, pub, [{ attribute: 'display_size_in', value: Number(/(\d\.\d+)-inch/.exec(text)![1]), source }]);
});

test('resolve-devices: "S10 Plus" and "S10+" are one device; "Galaxy S phones" is a line, not a device', () => {
  const claims = expectClaims(
    'Galaxy S10 Plus leak\n\nIce Universe says the Galaxy S10+ will have a 4,000mAh battery. Samsung typically unveils its Galaxy S phones in late February, and this year is no different: the company will hold an Unpacked event on February 20.',
    { published: '2019-01-10' },
    [
      { attribute: 'battery_mah', value: 4000, device: 'Samsung Galaxy S10 Plus' },
      {
        attribute: 'announce_date',
        value: { from: '2019-02-20', to: '2019-02-20' },
        device: 'Samsung Galaxy S10 Plus',
      },
    ],
  );
  if (claims.some((c) => c.device === 'Samsung Galaxy S')) throw new Error('a product line became a device');
});

test('resolve-devices: "the S9+" beside the Galaxy S9 is the plus model; markets with full stops', () => {
  expectClaims(
    'The Galaxy S9 will cost £739 in the U.K. when it launches. It has a 5.8in screen vs. 6.2in on the S9+.',
    { published: '2018-02-20' },
    [
      { attribute: 'price', value: { amount: 739, currency: 'GBP' }, qualifier: 'UK' },
      { attribute: 'display_size_in', value: 6.2, device: 'Samsung Galaxy S9+' },
    ],
  );
});

test('scope-hedges: doubt about the source, a comment that opens on the sentence before, a maker that confirms', () => {
  const cases: [string, string, string | null][] = [
    [
      'The Pixel 5 will cost $699, according to a leaker. However, the tipster has a poor track record.',
      'doubtful',
      null,
    ],
    ['The Pixel 5 will cost $699. This seems unlikely given the Pixel 4a costs $349.', 'doubtful', null],
    ['Google has officially confirmed the Pixel 5 will cost $699.', 'official', 'Google'],
    ['The Pixel 5 will cost $699, Google says.', 'official', 'Google'],
    ['According to Google, the Pixel 5 will cost $699.', 'official', 'Google'],
    ['Google says the Pixel 5 could cost $699.', 'rumored', 'Google'],
  ];
  for (const [text, certainty, source] of cases) {
    expectClaims(text, { published: '2020-08-01' }, [
      {
        attribute: 'price',
        value: { amount: 699, currency: 'USD' },
        device: 'Google Pixel 5',
        certainty: certainty as 'doubtful',
        source,
      },
    ]);
  }
});

test('attach-source: plural reporting verbs, the maker’s own site, and a possessive that is not a subject', () => {
  expectClaims('The folks over at GSMArena say the Galaxy S5 will have a 5.2-inch screen.', pub, [
    { attribute: 'display_size_in', value: 5.2, source: 'GSMArena' },
  ]);
  expectClaims("Sony's own website accidentally listed the Xperia Z3 with a 5.2-inch screen.", pub, [
    { attribute: 'display_size_in', value: 5.2, source: 'Sony', certainty: 'official', evidence: 'official' },
  ]);
  expectClaims(
    "AndroidSaS reported that the Xperia Z2 will have a 3700mAh battery, in line with XperiaBlog's report.",
    pub,
    [{ attribute: 'battery_mah', value: 3700, source: 'AndroidSaS' }],
  );
});

test('scope-hedges: a carrier listing makes its price likely; an instalment is no price; last year’s model is compared with', () => {
  const claims = expectClaims(
    'Moto Z2 Force price leaks\n\nA listing at US carrier Verizon has given away the price of the Moto Z2 Force: $720, or $30 a month. Its battery drops to 2,730mAh from the 3,500mAh in last year’s Moto Z Force. Motorola is expected to announce the handset on July 25.',
    { published: '2017-07-10' },
    [
      {
        attribute: 'price',
        value: { amount: 720, currency: 'USD' },
        certainty: 'likely',
        source: 'Verizon',
        evidence: 'retail_listing',
      },
      { attribute: 'battery_mah', value: 3500, device: 'Motorola Moto Z Force', certainty: 'official' },
      { attribute: 'announce_date', value: { from: '2017-07-25', to: '2017-07-25' }, device: 'Motorola Moto Z2 Force' },
    ],
  );
  if (claims.some((c) => c.attribute === 'price' && (c.value as { amount: number }).amount === 30))
    throw new Error('an instalment became a price');
});
