import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFrontMatter } from './front-matter.js';

describe('front matter', () => {
  it('front matter: reads quoted values, inline lists and block lists', () => {
    const { fields, body } = readFrontMatter(
      '---\ntitle: "A: B"\nurl: \'https://x.example/a\'\nauthors: [Ann, "Bo, Jr"]\ntags:\n  - one\n  - two\nnote: plain # comment\n---\nBody\n',
    );
    assert.deepEqual(fields, {
      title: 'A: B',
      url: 'https://x.example/a',
      authors: ['Ann', '"Bo', 'Jr"'],
      tags: ['one', 'two'],
      note: 'plain',
    });
    assert.equal(body, 'Body\n');
  });

  it('front matter: leaves text without an opening or closing fence alone', () => {
    assert.deepEqual(readFrontMatter('title: x\n'), { fields: {}, body: 'title: x\n' });
    assert.deepEqual(readFrontMatter('---\ntitle: x\n'), { fields: {}, body: '---\ntitle: x\n' });
  });

  it('front matter: a longer dash line is content, not the closing fence', () => {
    const { fields, body } = readFrontMatter('---\ntitle: x\n-----\n---\nrest');
    assert.equal(fields.title, 'x');
    assert.equal(body, 'rest');
  });
});
