import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readNameAfter, readNameBefore } from './names.js';

test('names: reads the capitalised words after a credit phrase', () => {
  const text = 'according to China’s IT Home, the watch';
  assert.equal(readNameAfter(text, 'according to '.length)?.name, 'China’s IT Home');
  assert.equal(readNameAfter('per @evleaks today', 4)?.name, '@evleaks');
  assert.equal(readNameAfter('per 9to5Google.', 4)?.name, '9to5Google');
  assert.equal(readNameAfter('per the report', 4), null);
});

test('names: reads the capitalised words before a reporting verb, joiners included', () => {
  const text = 'Reporter Dana Whitlock of The Wire Desk says';
  assert.equal(readNameBefore(text, text.indexOf(' says'))?.name, 'Reporter Dana Whitlock of The Wire Desk');
  assert.equal(readNameBefore('and then XperiaBlog claims', 'and then XperiaBlog'.length)?.name, 'XperiaBlog');
  assert.equal(readNameBefore('the phone reportedly', 'the phone'.length), null);
});
