import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nestsDeeperThan } from './nesting-depth.js';

describe('nestsDeeperThan', () => {
  it('nesting: counts open elements minus closed ones', () => {
    assert.equal(nestsDeeperThan('<div><section><b>x</b></section></div>', 2), true);
    assert.equal(nestsDeeperThan('<div><section><b>x</b></section></div>', 3), false);
    assert.equal(nestsDeeperThan('<div></div>'.repeat(50), 1), false);
  });

  it('nesting: void, self-closing and auto-closed elements do not deepen the tree', () => {
    const html = '<br><img src=x><hr/><meta><p>a<p>b<li>c<li>d<td>e<custom-el />';
    assert.equal(nestsDeeperThan(html.repeat(100), 0), false);
  });

  it('nesting: tags inside scripts and comments are not tags', () => {
    assert.equal(nestsDeeperThan(`<script>${'<div>'.repeat(10)}</script><!-- ${'<div>'.repeat(10)} -->`, 1), false);
  });
});
