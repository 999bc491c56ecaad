import { test } from 'node:test';
import { expectClaims, expectNoClaims } from '../../../test/helpers/extract.js';

const pub = { published: '2024-03-15' };
const iv = (from: string, to: string) => ({ from, to });

test('release window: dates resolve against the publication date', () => {
  const cases: [string, 'announce_date' | 'release_date', { from: string; to: string }][] = [
    ['The Galaxy S24 will be released on April 12.', 'release_date', iv('2024-04-12', '2024-04-12')],
    ['The Galaxy S24 will launch on 12 April 2025.', 'announce_date', iv('2025-04-12', '2025-04-12')],
    ['The Galaxy S24 will go on sale in May.', 'release_date', iv('2024-05-01', '2024-05-31')],
    ['The Galaxy S24 will launch in February.', 'announce_date', iv('2025-02-01', '2025-02-28')],
    [
      'The Galaxy S24 is set to hit shelves in the first quarter of 2025.',
      'release_date',
      iv('2025-01-01', '2025-03-31'),
    ],
    ['The Galaxy S24 should ship in Q3.', 'release_date', iv('2024-07-01', '2024-09-30')],
    ['The Galaxy S24 will arrive in the second half of the year.', 'release_date', iv('2024-07-01', '2024-12-31')],
    ['The Galaxy S24 will be unveiled in early 2025.', 'announce_date', iv('2025-01-01', '2025-04-30')],
    ['The Galaxy S24 will be unveiled in mid-2025.', 'announce_date', iv('2025-05-01', '2025-08-31')],
    ['The Galaxy S24 will be unveiled in late 2024.', 'announce_date', iv('2024-09-01', '2024-12-31')],
    ['The Galaxy S24 will be released later this year.', 'release_date', iv('2024-03-15', '2024-12-31')],
    ['The Galaxy S24 will be announced next month.', 'announce_date', iv('2024-04-01', '2024-04-30')],
    ['The Galaxy S24 will be available in time for the holidays.', 'release_date', iv('2024-11-01', '2024-12-31')],
    ['The Galaxy S24 will launch this spring.', 'announce_date', iv('2024-03-01', '2024-05-31')],
    ['The Galaxy S24 will go on sale in late April.', 'release_date', iv('2024-04-21', '2024-04-30')],
    ['The Galaxy S24 will be unveiled in early May.', 'announce_date', iv('2024-05-01', '2024-05-10')],
    ['Samsung will take the wraps off the Galaxy S24 at IFA.', 'announce_date', iv('2024-08-30', '2024-09-10')],
    ['Apple will announce the iPhone 16 at WWDC.', 'announce_date', iv('2024-06-01', '2024-06-14')],
    ['Apple will launch the iPhone 16 at its September event.', 'announce_date', iv('2024-09-01', '2024-09-30')],
  ];
  for (const [text, attribute, value] of cases) expectClaims(text, pub, [{ attribute, value }]);
});

test('release window: an event named beside an explicit date yields to the date', () => {
  expectClaims('Sony will announce the Xperia Z2 at Mobile World Congress in February.', { published: '2014-01-14' }, [
    { attribute: 'announce_date', value: iv('2014-02-01', '2014-02-28') },
  ]);
});

test('release window: without a publication date relative dates make no claim', () => {
  expectNoClaims('The Galaxy S24 will be announced next month.', {}, ['announce_date', 'release_date']);
  expectNoClaims('The Galaxy S24 will be released later this year.', {}, ['announce_date', 'release_date']);
});

test('release window: dates no launch or release verb governs are not claims', () => {
  expectNoClaims('The Galaxy S24 certificate was issued on March 3.', pub, ['announce_date', 'release_date']);
  expectNoClaims('Published: March 3, 2024. The Galaxy S24 has a 6.2-inch screen.', pub, [
    'announce_date',
    'release_date',
  ]);
  expectNoClaims('We will be live from MWC 2024 with the Galaxy S24.', pub, ['announce_date', 'release_date']);
});

test('release window: a month told in the past tense is the last one, not the next', () => {
  expectClaims('LG showed the LG G Flex 2 at CES in January.', { published: '2015-02-20' }, [
    { attribute: 'announce_date', value: { from: '2015-01-01', to: '2015-01-31' } },
  ]);
  expectClaims('The Galaxy S6 will be launched on March 1.', { published: '2015-02-20' }, [
    { attribute: 'announce_date', value: { from: '2015-03-01', to: '2015-03-01' } },
  ]);
});

test('release window: more ways of saying when', () => {
  const pub2 = { published: '2014-06-15' };
  expectClaims('The Nexus 6 is due out in the fall.', pub2, [
    { attribute: 'release_date', value: iv('2014-09-01', '2014-11-30') },
  ]);
  expectClaims("The Moto 360 will ship by year's end.", pub2, [
    { attribute: 'release_date', value: iv('2014-09-01', '2014-12-31') },
  ]);
  expectClaims('The OnePlus 2 will go on sale around the holidays.', pub2, [
    { attribute: 'release_date', value: iv('2014-11-01', '2014-12-31') },
  ]);
});
