import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertLinearGrowth } from '../../../test/helpers/growth.js';
import { readHtml } from './html.js';
import { fixtureText } from './testdata/fixtures.js';

const read = (name: string) => readHtml(fixtureText(name), name);

describe('html source', () => {
  it('html: reads title, date, author, publisher and url from meta tags', () => {
    const article = read('meta-tags.html');
    assert.equal(article.title, 'Widgetron Fold 3 spotted in a filing');
    assert.equal(article.published, '2021-03-14');
    assert.equal(article.publisher, 'Pocket Circuit');
    assert.deepEqual(article.authors, ['Rita Okafor']);
    assert.equal(article.url, 'https://pocketcircuit.example/news/fold-3-filing');
    assert.equal(article.format, 'html');
  });

  it('html: the text opens with the title and keeps the article, not the chrome', () => {
    const { text } = read('meta-tags.html');
    assert.ok(text.startsWith('Widgetron Fold 3 spotted in a filing\n\n'), text.slice(0, 80));
    assert.match(text, /4,400 mAh battery/);
    assert.match(text, /€1,499/);
    assert.match(text, /autumn\.\nColours listed are “graphite” and “frost”\./);
    assert.doesNotMatch(text, /tracker|font-family|Turn on JavaScript|Copyright/);
    assert.doesNotMatch(text, /\n{3}/);
  });

  it('html: reads JSON-LD inside @graph', () => {
    const article = read('json-ld-graph.html');
    assert.equal(article.published, '2019-07-02');
    assert.deepEqual(article.authors, ['Tom Baird', 'Lu Wen']);
    assert.equal(article.publisher, 'Slate Signal');
    assert.equal(article.title, 'Orbit Tab S leaks again');
    assert.match(article.text, /^Orbit Tab S leaks again\n\nOrbit's next tablet/);
  });

  it('html: reads JSON-LD arrays and skips broken JSON-LD blocks', () => {
    const article = read('json-ld-array.html');
    assert.equal(article.published, '2020-02-29');
    assert.deepEqual(article.authors, ['Mina Sato']);
    assert.equal(article.publisher, 'Wrist Report');
    assert.equal(article.title, 'Pulse Band 2 to get a brighter screen');
  });

  it('html: falls back to <time datetime>, the first h1 and rel=author', () => {
    const article = read('time-element.html');
    assert.equal(article.published, '2022-11-05');
    assert.equal(article.title, 'Nimbus Buds Pro pass certification');
    assert.deepEqual(article.authors, ['Jo Park']);
    assert.match(article.text, /500 mAh/);
  });

  it('html: an invalid metadata date becomes null', () => {
    const article = readHtml(
      '<meta property="article:published_time" content="2021-02-30"><p>Hello there.</p>',
      'x.html',
    );
    assert.equal(article.published, null);
    assert.equal(article.text, 'Hello there.');
  });

  it('html: a fragment without <html> still gives its text', () => {
    assert.equal(readHtml('<p>Only a <i>fragment</i></p>', 'f.html').text, 'Only a fragment');
  });

  it('html: markup nested absurdly deep is refused with a ParseError, in linear time', () => {
    const depth = 200000;
    const html = `${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`;
    assert.throws(() => readHtml(html, 'deep.html'), {
      name: 'ParseError',
      message: /deep\.html: elements nest over 5000/,
    });
    const refuse = (n: number) =>
      assert.throws(() => readHtml(`${'<div>'.repeat(n)}deep${'</div>'.repeat(n)}`, 'deep.html'));
    assertLinearGrowth('deeply nested html', refuse, depth / 4, { rounds: 3 });
  });

  it('html: deep but plausible nesting skips Readability and still gives the text', () => {
    const html = `<title>Deep page</title>${'<div>'.repeat(1000)}<p>Inner words.</p>${'</div>'.repeat(1000)}`;
    assert.equal(readHtml(html, 'deep.html').text, 'Deep page\n\nInner words.');
  });

  it('html: the window title loses the site name the page gives', () => {
    const html =
      '<title>Nova 3 leaks | Gadget Daily</title><meta property="og:site_name" content="Gadget Daily"><p>x</p>';
    assert.equal(readHtml(html, 'n.html').title, 'Nova 3 leaks');
  });
});
