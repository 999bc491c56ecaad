// Articles written for the API tests, in the style of leak reports: two phones, a few sources, one conflict.
export interface FixtureArticle {
  text: string;
  published: string;
  publisher: string;
  url: string;
}

export const FIXTURE_ARTICLES: readonly FixtureArticle[] = [
  {
    published: '2031-03-02',
    publisher: 'Leak Wire',
    url: 'https://leakwire.test/pixel-12-pro-battery',
    text:
      'Google Pixel 12 Pro battery and price leak\n\n' +
      'The Google Pixel 12 Pro will have a 5,200mAh battery and 16GB of RAM, according to OnLeaks. ' +
      'It is said to cost $1,099 and to go on sale in October 2031.',
  },
  {
    published: '2031-04-15',
    publisher: 'Pocket Circuit',
    url: 'https://pocketcircuit.test/pixel-12-pro-cheaper',
    text:
      'Pixel 12 Pro could be cheaper than expected\n\n' +
      'The Google Pixel 12 Pro is expected to feature a 5,000mAh battery, according to Yogesh Brar. ' +
      'The handset will reportedly cost $999 in the US.',
  },
  {
    published: '2031-05-20',
    publisher: 'Chip Weekly',
    url: 'https://chipweekly.test/galaxy-s40-ultra',
    text:
      'Galaxy S40 Ultra specs tipped\n\n' +
      'The Samsung Galaxy S40 Ultra will pack a 6,000mAh battery and 24GB of RAM, according to Ice Universe. ' +
      'The phone is tipped to cost $1,399 and to run Android 21.',
  },
];
