import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { isWhiteSpace } from './text.js';
import { tokenize, type Token } from './tokens.js';

// The token grammar the character scanner implements, as the pattern it replaced.
function tokenizeByPattern(text: string, from = 0, to = text.length): Token[] {
  const re = /[A-Za-z0-9@][A-Za-z0-9+@_]*(?:[-'’][A-Za-z0-9+]+)*/g;
  re.lastIndex = from;
  const out: Token[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) out.push({ text: m[0], start: m.index, end: re.lastIndex });
  return out;
}

// Strings dense in the characters where the grammar branches: joiners, @, _, +, digits, letters.
const tricky = fc.string({
  unit: fc.constantFrom('a', 'Z', '7', '@', '_', '+', '-', "'", '’', ' ', '.', 'é', '\n', '$'),
  maxLength: 60,
});

test('tokens: the scanner reads the same tokens as the pattern', () => {
  assert.deepEqual(
    tokenize("Xiaomi's Mi-4 (2015) costs @evleaks_ 3'' +5 a-'b"),
    tokenizeByPattern("Xiaomi's Mi-4 (2015) costs @evleaks_ 3'' +5 a-'b"),
  );
  fc.assert(
    fc.property(fc.oneof(tricky, fc.string({ maxLength: 80 })), fc.nat(80), fc.nat(80), (text, a, b) => {
      const from = Math.min(a, text.length);
      const to = Math.min(Math.max(from, b), text.length);
      assert.deepEqual(tokenize(text), tokenizeByPattern(text));
      assert.deepEqual(tokenize(text, from, to), tokenizeByPattern(text, from, to));
    }),
    { numRuns: 2000 },
  );
});

test('tokens: isWhiteSpace agrees with \\s on every UTF-16 code unit', () => {
  for (let c = 0; c < 0x10000; c++)
    assert.equal(isWhiteSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
});
