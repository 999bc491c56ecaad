import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { creditedOrigins } from './credited-origins.js';
import { fixtureText } from './testdata/fixtures.js';

function check(cases: readonly (readonly [string, readonly string[]])[]): void {
  for (const [text, expected] of cases) assert.deepEqual(creditedOrigins(text), expected, text);
}

describe('creditedOrigins', () => {
  it('creditedOrigins: credit lines at the end of an article', () => {
    check([
      ['The phone launches in May.\n\nVia 9to5Google', ['9to5Google']],
      ['The phone launches in May.\n\nVia: The Verge', ['The Verge']],
      ['Body text.\n\nSource: GSMArena, 91mobiles', ['GSMArena', '91mobiles']],
      ['Body text.\n\n(h/t WinFuture)', ['WinFuture']],
      ['Body text.\n\nVia XDA Developers via Xperia Blog here and here', ['XDA Developers', 'Xperia Blog']],
      ['Body text.\n\nVia Tap & Swipe', ['Tap & Swipe']],
      ['Body text.\n\nVia [9to5Google](https://9to5google.com/2024/05/01/leak/)', ['9to5Google']],
      ['Body text.\n\nThanks to SammyHub for the tip!', ['SammyHub']],
      ['We would expect to hear more in September. [TechnoBuffalo]\n', ['TechnoBuffalo']],
      [fixtureText('syndicated'), ['Circuit Weekly']],
    ]);
  });

  it('creditedOrigins: credits inside sentences', () => {
    check([
      ['The news comes via SamMobile, which found the firmware.', ['SamMobile']],
      ['As first reported by WinFuture, the prices start at €999.', ['WinFuture']],
      ['The listing was first spotted by The Verge on Monday.', ['The Verge']],
      ['9to5Google spotted the new strings in the app.', ['9to5Google']],
      ['As 9to5Google first reported last week, the phone is thinner.', ['9to5Google']],
      ['Yesterday, WinFuture spotted the renders. Last week 91mobiles spotted them too.', ['WinFuture', '91mobiles']],
      ['According to a report from Tech Sutra, it will start at ₹17,999.', ['Tech Sutra']],
      ['According to a new report from The Information, the glasses slip to 2027.', ['The Information']],
      ['According to the Brazil-based publication, Tecmundo, it arrives on July 28.', ['Tecmundo']],
      ['Our pals at TechRadar spotted the TechnoBuffalo scoop.', ['TechRadar', 'TechnoBuffalo']],
      ['This story originally appeared on theverge.com.', ['theverge.com']],
      ['The leak comes from a Geekbench listing (h/t Android Police).', ['Android Police']],
      ['According to Phone Arena, the Moto G will have a five-inch display.', ['Phone Arena']],
    ]);
  });

  it('creditedOrigins: a person’s employer is the publication; the owner’s place is not', () => {
    check([
      ["According to Bloomberg's Mark Gurman, the headset ships in the fall.", ['Bloomberg']],
      ['The Verge’s Tom Warren spotted the leak.', ['The Verge']],
      ['Dana Whitlock of The Wire Desk spotted the listing.', ['The Wire Desk']],
      ["China's IT Home first reported the price.", ['IT Home']],
      ["Tom's Hardware first reported the chip.", ["Tom's Hardware"]],
    ]);
  });

  it('creditedOrigins: makers, people, evidence, platforms and connectors are not publications', () => {
    check([
      // A maker's own statement: the extractor records it on the claims; it is no story's origin.
      ['According to Samsung, the phone launches in July.', []],
      ['The update arrives via the Samsung Newsroom and via Xiaomi 14 owners.', []],
      ['It is available via Amazon and Best Buy.', []],
      ['The phone charges via USB-C and supports Qi2.', []],
      ['Updates arrive via Android 14 and via a software update.', []],
      ['The Galaxy A55 was spotted on Geekbench with 8GB of RAM.', []],
      ['It was first spotted on Weibo by Digital Chat Station.', []],
      ['The handset was first spotted by the FCC in March.', []],
      ['According to Mark Gurman, the launch is in the fall.', []],
      ['Tipster Ice Universe spotted the phone at an airport.', []],
      ['According to tipster Ice Universe, the phone is thin.', []],
      ['via @OnLeaks', []],
      ['Kamila Wojciechowska has published a breakdown. According to Wojciechowska, it has nine cores.', []],
      ['The Galaxy S24 Ultra spotted in the wild.', []],
      ['Moto G Power spotted in the wild.', []],
      ['We spotted it first. Reddit users spotted the bug.', []],
      ['According to European retail sources, it goes on sale on January 31.', []],
      ['A report from Korea says the panel is new.', []],
      ['according to sources familiar with the matter', []],
      ['Thanks to its huge battery, it lasts two days.', []],
      [fixtureText('original'), []],
      [fixtureText('rewrite'), []],
    ]);
  });

  it('creditedOrigins: image credits do not credit the story', () => {
    check([
      ['Image via The Verge\n\nThe phone looks nice.', []],
      ['Photo: Samsung via The Verge', []],
      ['(Image source: 91mobiles)\n\nBody.', []],
    ]);
  });

  it('creditedOrigins: one entry per publication, in order of first mention', () => {
    check([['As first reported by The Verge, it is thin.\n\nVia theverge.com', ['The Verge']]]);
    check([['Source: WinFuture\n\nAs 9to5Google first reported, it is thin.', ['WinFuture', '9to5Google']]]);
  });
});
