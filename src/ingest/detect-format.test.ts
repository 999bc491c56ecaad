import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectFormat } from './detect-format.js';

describe('detectFormat', () => {
  it('detectFormat: trusts known extensions whatever the content', () => {
    assert.equal(detectFormat('a/b/page.HTM', 'plain words'), 'html');
    assert.equal(detectFormat('x.xhtml'), 'html');
    assert.equal(detectFormat('notes.markdown'), 'markdown');
    assert.equal(detectFormat('notes.md'), 'markdown');
    assert.equal(detectFormat('story.txt', '<html><body>'), 'text');
  });

  it('detectFormat: sniffs stdin and unknown extensions', () => {
    assert.equal(detectFormat('-', '  <!DOCTYPE html><html>'), 'html');
    assert.equal(detectFormat('-', 'Intro\n<p>para</p>'), 'html');
    assert.equal(detectFormat('page.php', '<body>hi</body>'), 'html');
    assert.equal(detectFormat('-', '---\ntitle: x\n---\nbody'), 'markdown');
    assert.equal(detectFormat('-', 'Just some words.'), 'text');
    assert.equal(detectFormat('README', ''), 'text');
  });

  it('detectFormat: a dot in a folder name is not an extension', () => {
    assert.equal(detectFormat('site.html/article', 'words'), 'text');
    assert.equal(detectFormat('.md', 'words'), 'text');
  });
});
