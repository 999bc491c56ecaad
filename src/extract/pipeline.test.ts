import assert from 'node:assert/strict';
import { test } from 'node:test';
import { run } from '../../test/helpers/extract.js';
import type { Component } from './component.js';
import { assertPipelineOrder, pipeline, PipelineOrderError } from './pipeline.js';

const noop = () => {};
const parser = (name: string, assigns: Component['assigns'], requires: Component['requires'] = []): Component => ({
  name,
  kind: 'parser',
  requires,
  assigns,
  run: noop,
});
const refiner = (name: string, requires: Component['requires'], assigns: Component['assigns']): Component => ({
  name,
  kind: 'refiner',
  requires,
  assigns,
  run: noop,
});

test('pipeline: the shipped order satisfies every requirement', () => {
  assert.doesNotThrow(() => assertPipelineOrder(pipeline));
});

test('pipeline: a component before the one that assigns what it requires is an error', () => {
  assert.throws(
    () => assertPipelineOrder([refiner('attach', ['claim'], ['claim']), parser('claims', ['claim'])]),
    PipelineOrderError,
  );
});

test('pipeline: a parser after a refiner is an error', () => {
  assert.throws(
    () => assertPipelineOrder([parser('a', ['price']), refiner('r', ['price'], ['price']), parser('b', ['date'])]),
    /comes after a refiner/,
  );
});

test('explain: each claim lists the parser that found it and the refiners that changed it', () => {
  const { extraction } = run('Leaker @OnLeaks says the Pixel 9 will cost $799 in the US.', { published: '2024-02-01' });
  const k = extraction.result.claims.findIndex((c) => c.attribute === 'price');
  assert.ok(k >= 0);
  assert.deepEqual(extraction.explain[k], [
    'parsers/price',
    'refiners/price-qualifiers',
    'refiners/attach-device',
    'refiners/attach-source',
    'refiners/scope-hedges',
    'refiners/assemble-claims',
  ]);
});
