import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertLinearGrowth } from './growth.js';

function quadratic(n: number): number {
  let x = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) x += (i ^ j) & 1;
  return x;
}

function linear(n: number): number {
  let x = 0;
  for (let i = 0; i < n * 2000; i++) x += i & 1;
  return x;
}

describe('assertLinearGrowth', () => {
  it('passes linear work and fails quadratic work', () => {
    assertLinearGrowth('linear', linear, 2000);
    assert.throws(() => assertLinearGrowth('quadratic', quadratic, 2000), /4× the input took/);
  });
});
