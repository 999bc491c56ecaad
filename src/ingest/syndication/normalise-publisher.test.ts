import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalisePublisher } from './normalise-publisher.js';

describe('normalisePublisher', () => {
  it('normalisePublisher: name, domain, URL and case variants of one publication share a key', () => {
    const groups = [
      ['The Verge', 'theverge.com', 'Verge', 'THE VERGE', 'https://www.theverge.com/2024/5/1/leak', 'the-verge'],
      ['9to5Google', '9to5google.com', '9to5 Google', 'www.9to5google.com'],
      ["Tom's Hardware", 'Tom’s Hardware', 'tomshardware.com', 'Toms Hardware'],
      ['XDA Developers', 'xda-developers.com', 'XDA-Developers'],
      ['GSMArena', 'GSMArena.com', 'GSM Arena', 'm.gsmarena.com'],
      ['Tap & Swipe', 'Tap and Swipe', 'tapandswipe.co.uk'],
      ['Ámbito Móvil', 'ambito movil'],
    ];
    for (const group of groups) {
      const keys = new Set(group.map((name) => normalisePublisher(name)));
      assert.equal(keys.size, 1, `${group.join(' / ')} → ${[...keys].join(', ')}`);
    }
    assert.equal(normalisePublisher('The Verge'), 'verge');
  });

  it('normalisePublisher: different publications keep different keys', () => {
    assert.notEqual(normalisePublisher('Android Police'), normalisePublisher('Android Central'));
    assert.notEqual(normalisePublisher('XDA'), normalisePublisher('XDA Developers'));
    assert.notEqual(normalisePublisher('bbc.co.uk'), normalisePublisher('co.uk'));
  });

  it('normalisePublisher: empty and punctuation-only names give an empty key; "The" alone stays', () => {
    assert.equal(normalisePublisher(''), '');
    assert.equal(normalisePublisher(' — '), '');
    assert.equal(normalisePublisher('The'), 'the');
  });
});
