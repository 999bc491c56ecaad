import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { XmlElement } from './xml-tree.js';
import { readXml } from './xml-tree.js';
import { childElements, rawInner, textContent } from './xml-query.js';

const names = (element: XmlElement | null) => (element ? childElements(element).map((child) => child.name) : []);

describe('readXml', () => {
  it('xml: names are canonical whatever prefix the feed chose, and lower case', () => {
    const document = readXml(
      `<rss xmlns:d="http://purl.org/dc/elements/1.1/" xmlns:a="http://www.w3.org/2005/Atom/">
        <d:Creator/><a:link/><content:encoded/><x:odd/><pubDate/></rss>`,
      'x',
      null,
    );
    assert.deepEqual(names(document.root), ['dc:creator', 'atom:link', 'content:encoded', 'x?:odd', 'pubdate']);
  });

  it('xml: each element keeps the raw source between its tags', () => {
    const source = '<a><b>x &amp; <![CDATA[<y>]]></b></a>';
    const document = readXml(source, 'x', null);
    const b = childElements(document.root as XmlElement)[0] as XmlElement;
    assert.equal(rawInner(document, b), 'x &amp; <![CDATA[<y>]]>');
    assert.equal(textContent(b), 'x & <y>');
  });

  it('xml: an end tag closes the nearest open element of its name and what is open inside it', () => {
    const document = readXml('<a><b><c>one</b><d>two</d></x></a>', 'x', null);
    assert.deepEqual(names(document.root), ['b', 'd']);
    assert.equal(textContent(document.root as XmlElement), 'onetwo');
  });

  it('xml: xml:base resolves against the enclosing base and the document URL', () => {
    const document = readXml('<a xml:base="/feeds/"><b xml:base="sub/"/></a>', 'x', 'https://site.example/index.xml');
    const b = childElements(document.root as XmlElement)[0] as XmlElement;
    assert.equal(document.root?.base, 'https://site.example/feeds/');
    assert.equal(b.base, 'https://site.example/feeds/sub/');
  });
});
