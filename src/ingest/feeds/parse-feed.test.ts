import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertLinearGrowth } from '../../../test/helpers/growth.js';
import { ParseError } from '../../core/errors.js';
import { parseFeed } from './index.js';
import { ATOM_SAMPLE, RDF_SAMPLE, RSS_SAMPLE } from './testdata/samples.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const parse = (text: string, name = 'feed.xml') => parseFeed(bytes(text), name);
const rss = (items: string, channel = '') =>
  parse(`<rss version="2.0"><channel><title>T</title>${channel}${items}</channel></rss>`);
const firstEntry = (text: string, name?: string) => {
  const entry = parse(text, name).entries[0];
  assert.ok(entry, 'expected an entry');
  return entry;
};

function refusal(text: string | Uint8Array, name = 'feed.xml'): ParseError {
  try {
    parseFeed(typeof text === 'string' ? bytes(text) : text, name);
  } catch (error) {
    assert.ok(error instanceof ParseError, `expected a ParseError, got ${String(error)}`);
    assert.equal(error.format, 'feed');
    return error;
  }
  assert.fail('expected a ParseError');
}

describe('parseFeed: formats', () => {
  it('rss: reads the channel and its items', () => {
    assert.deepEqual(parse(RSS_SAMPLE), {
      title: 'Gadget Leaks',
      link: 'https://leaks.example/',
      format: 'rss',
      entries: [
        {
          id: 'leak-1',
          title: 'Pixel 9 Pro & the Tensor G4',
          link: 'https://leaks.example/2024/pixel-9-pro',
          published: '2024-07-15',
          authors: ['Jo Writer'],
          contentHtml: '<p>The full <em>story</em>.</p>',
        },
      ],
    });
  });

  it('atom: reads typed text, xhtml content, and inherits the feed author', () => {
    assert.deepEqual(parse(ATOM_SAMPLE), {
      title: 'Atom Leaks',
      link: 'https://atom.example/',
      format: 'atom',
      entries: [
        {
          id: 'urn:uuid:entry-1',
          title: 'Galaxy S25 renders',
          link: 'https://atom.example/blog/posts/galaxy-s25',
          published: '2024-07-16',
          authors: ['Feed Author'],
          contentHtml: '<p>Renders <b>leaked</b> today.</p>',
        },
      ],
    });
  });

  it('rdf: reads items beside the channel', () => {
    assert.deepEqual(parse(RDF_SAMPLE), {
      title: 'RDF Leaks',
      link: 'https://rdf.example/',
      format: 'rdf',
      entries: [
        {
          id: 'https://rdf.example/xperia',
          title: 'Xperia 1 VI at a Japanese carrier',
          link: 'https://rdf.example/xperia',
          published: '2024-05-02',
          authors: ['Ken Tanaka'],
          contentHtml: 'Carrier listing spotted.',
        },
      ],
    });
  });

  it('atom 0.3: reads issued dates, escaped content and the pre-1.0 namespace', () => {
    const entry = firstEntry(`<feed version="0.3" xmlns="http://purl.org/atom/ns#">
      <entry><title>Old</title><link rel="alternate" type="text/html" href="https://old.example/a"/>
      <issued>2004-01-01T00:00:00Z</issued><modified>2005-01-01T00:00:00Z</modified>
      <author><name>Pat</name></author>
      <content type="text/html" mode="escaped">&lt;p&gt;Hi&lt;/p&gt;</content></entry></feed>`);
    assert.equal(entry.published, '2004-01-01');
    assert.equal(entry.link, 'https://old.example/a');
    assert.deepEqual(entry.authors, ['Pat']);
    assert.equal(entry.contentHtml, '<p>Hi</p>');
  });

  it('atom: a feed without the namespace, or with an unknown one, is still Atom', () => {
    assert.equal(parse('<feed><title>Bare</title></feed>').title, 'Bare');
    assert.equal(parse('<feed xmlns="http://example.com/newformat#"><title>Odd</title></feed>').title, 'Odd');
  });

  it('rss: namespaced RSS 1.0 elements and undeclared module prefixes are understood', () => {
    const feed =
      parse(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rss="http://purl.org/rss/1.0/">
      <rss:item><rss:title>Prefixed</rss:title><dc:date>2002-09-28</dc:date></rss:item></rdf:RDF>`);
    assert.equal(feed.entries[0]?.title, 'Prefixed');
    assert.equal(feed.entries[0]?.published, '2002-09-28');
  });
});

describe('parseFeed: links', () => {
  it('links: an item link resolves against xml:base first', () => {
    const entry = firstEntry(
      `<rss><channel><link>https://site.example/</link><item xml:base="https://base.example/dir/"><link>post</link></item></channel></rss>`,
    );
    assert.equal(entry.link, 'https://base.example/dir/post');
  });

  it('links: then against the channel link, then the URL the feed came from', () => {
    assert.equal(
      firstEntry(
        '<rss><channel><link>https://site.example/news/</link><item><link>a.html</link></item></channel></rss>',
      ).link,
      'https://site.example/news/a.html',
    );
    assert.equal(
      firstEntry('<rss><channel><item><link>/a.html</link></item></channel></rss>', 'https://feeds.example/rss/x.xml')
        .link,
      'https://feeds.example/a.html',
    );
  });

  it('links: a relative link with no base, or a non-http link, is no link', () => {
    assert.equal(firstEntry('<rss><channel><item><link>/a.html</link></item></channel></rss>').link, null);
    assert.equal(firstEntry('<rss><channel><item><link>javascript:alert(1)</link></item></channel></rss>').link, null);
  });

  it('links: nested xml:base values resolve against each other', () => {
    const entry = firstEntry(`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://a.example/one/">
      <entry xml:base="two/"><link href="three"/></entry></feed>`);
    assert.equal(entry.link, 'https://a.example/one/two/three');
  });

  it('links: a permalink guid stands in for a missing link; isPermaLink="false" does not', () => {
    assert.equal(
      firstEntry('<rss><channel><item><guid>https://g.example/1</guid></item></channel></rss>').link,
      'https://g.example/1',
    );
    assert.equal(
      firstEntry('<rss><channel><item><guid isPermaLink="false">https://g.example/1</guid></item></channel></rss>')
        .link,
      null,
    );
  });

  it('links: atom prefers the HTML alternate over other rels and types', () => {
    const entry = firstEntry(`<feed xmlns="http://www.w3.org/2005/Atom"><entry>
      <link rel="self" href="https://x.example/self"/>
      <link rel="alternate" type="application/pdf" href="https://x.example/a.pdf"/>
      <link href="https://x.example/page"/></entry></feed>`);
    assert.equal(entry.link, 'https://x.example/page');
  });
});

describe('parseFeed: dates and authors', () => {
  it('dates: RFC 822 (also with two-digit years), W3C and dc:date all become YYYY-MM-DD', () => {
    const date = (value: string, tag = 'pubDate') =>
      firstEntry(
        `<rss xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><item><${tag}>${value}</${tag}></item></channel></rss>`,
      ).published;
    assert.equal(date('Thu, 01 Jan 2004 19:48:21 GMT'), '2004-01-01');
    assert.equal(date('Thu, 01 Jan 04 19:48:21 GMT'), '2004-01-01');
    assert.equal(date('2003-12-31T23:14:55-08:00', 'dc:date'), '2003-12-31');
    assert.equal(date('Thu Jan  1 19:48:21 2004'), '2004-01-01');
    assert.equal(date('someday'), null);
  });

  it('dates: an unreadable pubDate falls back to the next date element', () => {
    const entry = firstEntry(`<rss xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><item>
      <pubDate>soon</pubDate><dc:date>2024-02-03</dc:date></item></channel></rss>`);
    assert.equal(entry.published, '2024-02-03');
  });

  it('authors: names come out of "email (Name)" and "Name <email>" forms', () => {
    assert.deepEqual(rss('<item><author>jo@x.example (Jo Doe)</author></item>').entries[0]?.authors, ['Jo Doe']);
    assert.deepEqual(rss('<item><author>Jo Doe &lt;jo@x.example&gt;</author></item>').entries[0]?.authors, ['Jo Doe']);
  });
});

describe('parseFeed: text and content', () => {
  it('content: content:encoded wins over description; description is escaped HTML', () => {
    assert.equal(
      rss('<item><description>&lt;p&gt;Teaser&lt;/p&gt;</description></item>').entries[0]?.contentHtml,
      '<p>Teaser</p>',
    );
  });

  it('content: atom text content is escaped into paragraphs', () => {
    const entry = firstEntry(
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="text">a &lt; b\n\nnext</content></entry></feed>',
    );
    assert.equal(entry.contentHtml, '<p>a &lt; b</p>\n<p>next</p>');
  });

  it('content: out-of-line and binary atom content is not an article body', () => {
    const entry = firstEntry(`<feed xmlns="http://www.w3.org/2005/Atom"><entry>
      <content src="https://x.example/a"/><summary type="image/png">iVBORw0KGgo=</summary></entry></feed>`);
    assert.equal(entry.contentHtml, null);
  });

  it('entities: HTML named entities, numeric references and windows-1252 references decode once', () => {
    const entry = rss('<item><title>caf&eacute; &#8220;x&#x201d; &#146;</title></item>').entries[0];
    assert.equal(entry?.title, 'café “x” ’');
    const escaped = rss('<item><description>&amp;lt;b&amp;gt; &amp;nbsp;</description></item>').entries[0];
    assert.equal(escaped?.contentHtml, '&lt;b&gt; &nbsp;');
  });

  it('entities: an undefined entity stays as written', () => {
    assert.equal(rss('<item><title>a &bogus; b</title></item>').entries[0]?.title, 'a &bogus; b');
  });

  it('entities: a DOCTYPE-declared entity expands', () => {
    const feed = parse(
      '<!DOCTYPE rss [<!ENTITY site "Gadget Site">]><rss><channel><title>&site; news</title></channel></rss>',
    );
    assert.equal(feed.title, 'Gadget Site news');
  });

  it('titles: HTML escaped into an RSS title becomes text', () => {
    assert.equal(rss('<item><title>&lt;b&gt;Bold&lt;/b&gt; claim</title></item>').entries[0]?.title, 'Bold claim');
  });
});

describe('parseFeed: broken XML', () => {
  it('lenient: raw HTML inside a description does not swallow the next item', () => {
    const feed = rss(
      '<item><title>One</title><description>line<br>next <p>para</description></item><item><title>Two</title></item>',
    );
    assert.deepEqual(
      feed.entries.map((e) => e.title),
      ['One', 'Two'],
    );
    assert.equal(feed.entries[0]?.contentHtml, 'line<br>next <p>para');
  });

  it('lenient: stray end tags are ignored and an unclosed item ends where the next begins', () => {
    const feed = rss('</bogus><item><title>One</title></div><item><title>Two</title></item>');
    assert.deepEqual(
      feed.entries.map((e) => e.title),
      ['One', 'Two'],
    );
  });

  it('lenient: a feed cut off mid-CDATA keeps what came before', () => {
    const feed = parse('<rss><channel><title>Cut</title><item><title><![CDATA[Half');
    assert.equal(feed.title, 'Cut');
    assert.equal(feed.entries[0]?.title, 'Half');
  });

  it('lenient: a bare ampersand and a lone < in text survive', () => {
    assert.equal(rss('<item><title>AT&T says 2 < 3</title></item>').entries[0]?.title, 'AT&T says 2 < 3');
  });

  it('lenient: unquoted and unterminated attribute values', () => {
    const feed = parse(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href=https://x.example/a /></entry>
      <entry><link href="https://x.example/b></entry></feed>`);
    assert.equal(feed.entries[0]?.link, 'https://x.example/a');
    assert.equal(feed.entries.length, 2);
  });
});

describe('parseFeed: refusals', () => {
  it('refuses: empty input, HTML pages, other XML and binary data, naming the input', () => {
    assert.equal(refusal('').reason, 'the document is empty');
    assert.equal(refusal('<!doctype html><html><body>hi</body></html>').reason, 'an HTML page, not RSS, Atom or RDF');
    assert.equal(refusal('<svg></svg>').reason, 'not RSS, Atom or RDF: the root element is <svg>');
    assert.equal(refusal('just words').reason, 'no XML elements: not RSS, Atom or RDF');
    assert.equal(refusal(new Uint8Array(64).fill(1)).reason, 'looks like binary data, not a feed');
    assert.equal(
      refusal('<p>', 'https://x.example/f').message,
      'ingest: https://x.example/f: not RSS, Atom or RDF: the root element is <p>',
    );
  });

  // Refused on its way up: the reason names the first limit crossed, so the expansion stopped there.
  it('refuses: a billion-laughs DOCTYPE before expanding it', () => {
    const levels = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [${levels.join('')}]><rss><channel><title>&lol9;</title></channel></rss>`;
    assert.match(refusal(bomb).reason, /expands to over 10000 characters \(an entity-expansion bomb\)/);
  });

  it('refuses: quadratic blowup (one big entity used many times)', () => {
    const big = 'x'.repeat(9000);
    const bomb = `<!DOCTYPE rss [<!ENTITY a "${big}">]><rss><channel><title>${'&a;'.repeat(200)}</title></channel></rss>`;
    assert.match(refusal(bomb).reason, /DOCTYPE entities expand to over 1000000 characters/);
  });

  it('refuses: an entity that refers to itself', () => {
    assert.match(refusal('<!DOCTYPE rss [<!ENTITY a "x&a;">]><rss>&a;</rss>').reason, /refers to itself/);
  });

  it('refuses: pathological nesting, in time linear in its size', () => {
    assert.match(refusal(`<rss>${'<a>'.repeat(100_000)}</rss>`).reason, /nest over 1000 levels/);
    assertLinearGrowth('nested feed', (n) => refusal(`<rss>${'<a>'.repeat(n)}</rss>`), 25_000);
  });

  it('never slow: unclosed markup up to a megabyte parses in linear time', () => {
    for (const junk of ['<a b="', '<!--', '<![CDATA[', '</x>', '<a <b ', '&amp', '<rss>']) {
      const attempt = (bytes: number) => {
        try {
          parse(`<rss><channel><title>${junk.repeat(Math.ceil(bytes / junk.length))}`);
        } catch (error) {
          assert.ok(error instanceof ParseError);
        }
      };
      assertLinearGrowth(`unclosed ${JSON.stringify(junk)}`, attempt, 250_000, { rounds: 3 });
    }
  });
});
