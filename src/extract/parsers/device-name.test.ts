import assert from 'node:assert/strict';
import { test } from 'node:test';
import { run } from '../../../test/helpers/extract.js';

function devices(text: string): string[] {
  return run(text, { published: '2024-01-10' }).extraction.result.devices.map((d) => d.name);
}

test('device names: brand, line, model and suffixes across device kinds', () => {
  const cases: [string, string][] = [
    ['Sony Xperia Z1s spotted', 'Sony Xperia Z1s'],
    ['the Galaxy S4 Mini arrives', 'Samsung Galaxy S4 Mini'],
    ['a new iPhone 6 Plus leak', 'Apple iPhone 6 Plus'],
    ['the Pixel 3 XL shows up', 'Google Pixel 3 XL'],
    ['the OnePlus 7T Pro is coming', 'OnePlus 7T Pro'],
    // Redmi is sold as a brand of its own; the name the article prints is kept.
    ['the Redmi Note 8 will', 'Redmi Note 8'],
    ['the Nintendo Switch Lite is', 'Nintendo Switch Lite'],
    ['Samsung Galaxy Watch 4 Active leaks', 'Samsung Galaxy Watch 4 Active'],
    ['the Galaxy S20 FE 5G', 'Samsung Galaxy S20 FE 5G'],
    ['the Huawei P30 Pro camera', 'Huawei P30 Pro'],
    ['a Honor DLI-TL20 listing', 'Honor DLI-TL20'],
    ['the 2015 Moto G leaks', 'Motorola Moto G (2015)'],
    ['the Moto G (2015) leaks', 'Motorola Moto G (2015)'],
    ['the Xiaomi Mi4 is here', 'Xiaomi Mi4'],
    ['the Surface Pro 9 tablet', 'Microsoft Surface Pro 9'],
    ['the Galaxy Tab S9 Ultra', 'Samsung Galaxy Tab S9 Ultra'],
    ['the Zenbook Duo returns', 'Asus Zenbook Duo'],
    ['a new ThinkBook 14 leaks', 'Lenovo ThinkBook 14'],
    ['the HP Envy 15 is', 'HP Envy 15'],
    ['the Acer Swift Go 14 is', 'Acer Swift Go 14'],
  ];
  for (const [text, name] of cases) assert.ok(devices(text).includes(name), `${text} → ${devices(text).join(', ')}`);
});

test('device names: brands and product words alone are not devices', () => {
  for (const text of [
    'Samsung is working on something',
    'Switch to a new plan',
    'the iPhone maker',
    'Nothing official has been said',
  ]) {
    assert.deepEqual(devices(text), [], text);
  }
});

test('device names: short mentions join the device they abbreviate', () => {
  const { extraction } = run('The Sony Xperia Z2 is coming. The Z2 packs a 5.2in display.', {
    published: '2014-02-01',
  });
  const z2 = extraction.result.devices.find((d) => d.name === 'Sony Xperia Z2');
  assert.ok(z2?.aliases.includes('Z2'));
  assert.equal(extraction.result.claims[0]?.device, 'Sony Xperia Z2');
});

test('device names: relations to the predecessor and to variants', () => {
  const { extraction } = run('The Sony Xperia Z2 will replace the Xperia Z1. The Galaxy S4 Mini is small.', {
    published: '2014-02-01',
  });
  const z2 = extraction.result.devices.find((d) => d.name === 'Sony Xperia Z2');
  assert.deepEqual(z2?.relations.find((r) => r.device === 'Sony Xperia Z1')?.type, 'successor_of');
  const mini = extraction.result.devices.find((d) => d.name === 'Samsung Galaxy S4 Mini');
  assert.deepEqual(mini?.relations, [{ type: 'variant_of', device: 'Samsung Galaxy S4' }]);
});

test('device names: current naming across makers', () => {
  const cases: [string, string][] = [
    ['Galaxy Z Fold 3', 'Samsung Galaxy Z Fold 3'],
    ['Xiaomi 12S Ultra', 'Xiaomi 12S Ultra'],
    ['OnePlus Nord CE 2', 'OnePlus Nord CE 2'],
    ['Sony Xperia 1 IV', 'Sony Xperia 1 IV'],
    ['Asus ROG Phone 6', 'Asus ROG Phone 6'],
    ['vivo X80 Pro+', 'Vivo X80 Pro+'],
    ['Apple Watch Ultra', 'Apple Watch Ultra'],
    ['Apple iPhone XR', 'Apple iPhone XR'],
    ['Xbox Series X', 'Microsoft Xbox Series X'],
    ['Sony PS5 Slim', 'Sony PlayStation 5 Slim'],
    ['Xiaomi Redmi Note 11 Pro+', 'Redmi Note 11 Pro+'],
    ['LG G Flex 2', 'LG G Flex 2'],
    ['Galaxy S6 edge', 'Samsung Galaxy S6 edge'],
  ];
  for (const [text, name] of cases)
    assert.ok(
      devices(`The ${text} is coming.`).includes(name),
      `${text} → ${devices(`The ${text} is coming.`).join(', ')}`,
    );
});

test('device names: a bare name is not folded into the older model it begins', () => {
  const names = devices(
    'The Zenbook Duo is coming back with a 120Hz screen. The previous Zenbook Duo 14 started at $999.',
  );
  assert.ok(names.includes('Asus Zenbook Duo'), names.join(', '));
  assert.ok(names.includes('Asus Zenbook Duo 14'), names.join(', '));
});

test('device names: words that are also names of Object members are plain words', () => {
  // "Constructor" used to find Object's constructor in the brand table and crash extraction.
  for (const word of ['Constructor', 'ToString', 'ValueOf', 'HasOwnProperty', '__proto__']) {
    assert.deepEqual(devices(`The ${word} 5 will cost $500, and the Galaxy S5 too.`), ['Samsung Galaxy S5']);
    assert.deepEqual(devices(`2015 ${word.toLowerCase()} 7 and the Galaxy S5`), ['Samsung Galaxy S5']);
  }
});
