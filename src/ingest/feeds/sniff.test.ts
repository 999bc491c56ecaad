import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { looksLikeFeed } from './index.js';
import { ATOM_SAMPLE, RDF_SAMPLE, RSS_SAMPLE } from './testdata/samples.js';

describe('looksLikeFeed', () => {
  it('sniff: RSS, Atom and RDF roots after a prolog, comments, a DOCTYPE or a BOM', () => {
    for (const sample of [RSS_SAMPLE, ATOM_SAMPLE, RDF_SAMPLE]) assert.equal(looksLikeFeed(sample), true);
    assert.equal(looksLikeFeed('\ufeff<!-- hi --><?xml-stylesheet href="a.xsl"?>\n<rss version="2.0">'), true);
    assert.equal(looksLikeFeed('<!DOCTYPE rss [<!ENTITY a "<b>">]><rss>'), true);
    assert.equal(looksLikeFeed('<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">'), true);
  });

  it('sniff: pages, other XML and text are not feeds', () => {
    assert.equal(looksLikeFeed('<!doctype html><html><head><link rel="alternate" type="application/rss+xml">'), false);
    assert.equal(looksLikeFeed('<feedback/>'), false);
    assert.equal(looksLikeFeed('<svg/>'), false);
    assert.equal(looksLikeFeed('rss is a format'), false);
    assert.equal(looksLikeFeed(`<!-- ${'x'.repeat(10_000)} --><rss>`), false);
  });
});
