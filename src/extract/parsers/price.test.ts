import { test } from 'node:test';
import { expectClaims, expectNoClaims } from '../../../test/helpers/extract.js';

const pub = { published: '2024-03-01' };

test('price: keeps the currency the writer quoted', () => {
  const cases: [string, number, string][] = [
    ['The Galaxy S24 will cost $799 in the US.', 799, 'USD'],
    ['The Galaxy S24 will cost US$799.', 799, 'USD'],
    ['The Pixel 8 is tipped to sell for AU$1,199.', 1199, 'AUD'],
    ['The Pixel 8 will be priced at £699.', 699, 'GBP'],
    ['The Xperia 1 VI is said to cost €1,399.', 1399, 'EUR'],
    ['The Xiaomi 14 will start at 3,999 yuan.', 3999, 'CNY'],
    ['The Xiaomi 14 is priced at RMB 4,299 in China.', 4299, 'CNY'],
    ['The Xiaomi 14 is priced at CNY 4,599.', 4599, 'CNY'],
    ['The Redmi Note 13 will cost Rs 17,999 in India.', 17999, 'INR'],
    ['The Redmi Note 13 will cost Rs. 17,999.', 17999, 'INR'],
    ['The OnePlus 12 is expected at ₹64,999.', 64999, 'INR'],
    // Indian lakh grouping: one lakh and thirty-four thousand nine hundred, not "1".
    ['The iPhone 15 Pro starts at Rs 1,34,900 in India.', 134900, 'INR'],
    ['The Galaxy S24 Ultra costs ₹1,29,999.', 129999, 'INR'],
    ['The Galaxy S24 will cost 1,155,000 won in Korea.', 1155000, 'KRW'],
    ['The Nothing Phone 2 will cost 649 euros.', 649, 'EUR'],
    ['In Japan, the Xperia 5 V will cost ¥139,700 at Docomo.', 139700, 'JPY'],
    ['The Xiaomi Mi 10 will cost ¥3,999 in China.', 3999, 'CNY'],
    ['The Moto G 2015 will be sold for BRL 899.', 899, 'BRL'],
    ['The Xiaomi Mi4 is priced at S$784.', 784, 'SGD'],
  ];
  for (const [text, amount, currency] of cases)
    expectClaims(text, pub, [{ attribute: 'price', value: { amount, currency } }]);
});

test('price: a conversion the writer adds in brackets is not a claim', () => {
  const claims = expectClaims('The Xiaomi 14 will cost CNY 4,999 (around $700) at launch.', pub, [
    { attribute: 'price', value: { amount: 4999, currency: 'CNY' } },
  ]);
  if (claims.some((c) => c.attribute === 'price' && (c.value as { currency: string }).currency === 'USD'))
    throw new Error('conversion kept');
  const claims2 = expectClaims(
    'The Xiaomi Mi 10 costs above CNY 3,500, which roughly translates to Rs 35,907 in India.',
    pub,
    [{ attribute: 'price', value: { amount: 3500, currency: 'CNY' } }],
  );
  if (claims2.some((c) => c.attribute === 'price' && (c.value as { currency: string }).currency === 'INR'))
    throw new Error('conversion kept');
});

test('price: regional prices joined by a slash are each claims, qualified by market', () => {
  expectClaims('The rumored Moto G price is touted at around $250 / AU$270.', pub, [
    { attribute: 'price', value: { amount: 250, currency: 'USD' }, qualifier: 'US' },
    { attribute: 'price', value: { amount: 270, currency: 'AUD' }, qualifier: 'AU' },
  ]);
});

test('price: negative cases', () => {
  expectNoClaims('Samsung spent $1 billion on the Galaxy S24 marketing push.', pub, ['price']);
  expectNoClaims('The Galaxy S24 costs an extra £24 for the bigger model, trust us.', pub, ['price']);
  expectNoClaims('For the 512GB Galaxy S24 the price goes up by $100, the leak says.', pub, ['price']);
  expectNoClaims('The Galaxy S24 arrives in 2024 with a new design.', pub, ['price']);
  expectNoClaims('The Galaxy S24 gets a RM3000 camera module upgrade of 12 months.', pub, ['storage_gb', 'ram_gb']);
});

test('price: the contract example — a leaked price, its conversions, its credit and the writer’s doubt', () => {
  const text =
    'Sony Xperia Z1s release date and price leak online\n\nThe Sony Xperia Z1s will cost 3,600 yuan (around $590, AU$640), a price tag photo from Digi-wo shows. There is no way to verify this, of course.\n\nVia XperiaGuide\n';
  const claims = expectClaims(text, { published: '2013-11-28' }, [
    {
      attribute: 'price',
      value: { amount: 3600, currency: 'CNY' },
      device: 'Sony Xperia Z1s',
      certainty: 'doubtful',
      source: 'Digi-wo',
      evidence: 'photo',
      quote: '3,600 yuan',
    },
  ]);
  if (claims.filter((c) => c.attribute === 'price').length !== 1) throw new Error('a conversion became a claim');
});
