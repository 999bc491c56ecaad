import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CommanderError } from 'commander';
import { InputError } from '../core/errors.js';
import { errorLine, exitCodeFor } from './errors.js';
import { fsError } from '../app/files/fs-errors.js';
import { parseExtractFlags, parseSize } from './options.js';

describe('cli options and errors', () => {
  it('options: --max-size takes bytes or a unit', () => {
    assert.equal(parseSize('5MB'), 5 * 1024 * 1024);
    assert.equal(parseSize('512 KiB'), 512 * 1024);
    assert.equal(parseSize('1048576'), 1048576);
    assert.equal(parseSize('1.5m'), 1.5 * 1024 * 1024);
    for (const bad of ['', '0', 'lots', '-5', '5TB']) assert.equal(parseSize(bad), null, bad);
  });

  it('options: defaults to a 5 MB limit and no overrides', () => {
    const flags = parseExtractFlags({ maxSize: '5MB' });
    assert.equal(flags.maxSize, 5 * 1024 * 1024);
    assert.equal(flags.published, undefined);
    assert.equal(flags.json, false);
  });

  it('options: a date that does not exist names the flag and value', () => {
    assert.throws(
      () => parseExtractFlags({ published: '2013-13-01' }),
      (error: unknown) => {
        assert.ok(error instanceof InputError);
        assert.equal(errorLine(error), 'hearsay: --published 2013-13-01: expected a real date as YYYY-MM-DD');
        assert.equal(exitCodeFor(error), 2);
        return true;
      },
    );
    assert.equal(parseExtractFlags({ published: '2012-02-29' }).published, '2012-02-29');
  });

  it('options: a bad --max-size is a usage error', () => {
    assert.throws(() => parseExtractFlags({ maxSize: 'huge' }), /--max-size huge/);
  });

  it('errors: commander help is success, its other errors are usage errors, input errors fail the item', () => {
    assert.equal(exitCodeFor(new CommanderError(0, 'commander.helpDisplayed', '')), 0);
    assert.equal(exitCodeFor(new CommanderError(1, 'commander.unknownOption', '')), 2);
    assert.equal(exitCodeFor(new InputError('ingest', 'a.txt', 'file is empty')), 1);
    assert.equal(exitCodeFor(new Error('bug')), 1);
  });

  it('fs errors: codes become words a person can act on', () => {
    const line = errorLine(
      fsError('a.txt', Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' })),
    );
    assert.equal(line, 'hearsay: ingest: a.txt: permission denied');
    assert.equal(fsError('b', Object.assign(new Error('odd'), { code: 'EWHAT' })).reason, 'odd');
  });
});
