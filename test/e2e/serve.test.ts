// `hearsay serve` and `hearsay token create` as a user runs them: a real process on a free loopback port,
// a real SQLite file, JSON request logs on stderr, and a clean exit on SIGTERM.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli, startCli, tempDir } from '../helpers/cli.js';

const ARTICLE =
  'The Google Pixel 12 Pro will have a 5,200mAh battery and 16GB of RAM, according to OnLeaks. It is said to cost $1,099.';

describe('hearsay serve', () => {
  const { dir, cleanup } = tempDir('hearsay-serve-');
  const db = join(dir, 'serve.db');
  before(async () => {
    const ingest = await runCli(['ingest', '-', '--db', db, '--published', '2031-03-02', '--quiet'], {
      stdin: ARTICLE,
    });
    assert.equal(ingest.code, 0, ingest.stderr);
  });
  after(cleanup);

  it('serves the API on the given port, writes with a token made by `token create`, exits 0 on SIGTERM', async () => {
    const made = await runCli(['token', 'create', '--name', 'e2e', '--db', db]);
    assert.equal(made.code, 0, made.stderr);
    const token = made.stdout.trim();
    assert.match(token, /^hsy_[\w-]{40,}$/);
    assert.match(made.stderr, /cannot be shown again/);
    const listed = await runCli(['token', 'list', '--db', db]);
    assert.match(listed.stdout, /e2e/);
    assert.ok(!listed.stdout.includes(token), 'the token itself is never shown again');

    const server = startCli(['serve', '--port', '0', '--db', db]);
    const [, url] = await server
      .waitForStdout(/serving (http:\/\/127\.0\.0\.1:\d+)\//, 300_000)
      .catch(async (error: unknown) => {
        await server.stop('SIGKILL');
        throw error;
      });
    try {
      const devices = (await (await fetch(`${url}/api/v1/devices`)).json()) as { items: { name: string }[] };
      assert.deepEqual(
        devices.items.map((d) => d.name),
        ['Google Pixel 12 Pro'],
      );
      const alias = await fetch(`${url}/api/v1/devices/Pixel%2012%20Pro/aliases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ alias: 'Caiman Max' }),
      });
      assert.equal(alias.status, 201);
      assert.equal((await fetch(`${url}/healthz`)).status, 200);
    } finally {
      const run = await server.stop('SIGTERM');
      assert.equal(run.code, 0, run.stderr);
      const logs = run.errorLines.map((line) => JSON.parse(line) as Record<string, unknown>);
      const completed = logs.filter((l) => l.msg === 'request completed');
      assert.ok(completed.length >= 3, 'one JSON log line per request');
      assert.ok(completed.every((l) => typeof l.reqId === 'string' && typeof l.responseTime === 'number'));
      assert.ok(!run.stderr.includes('hsy_'), 'tokens never reach the log');
    }
  });

  it('a bad port is a usage error naming the flag', async () => {
    const run = await runCli(['serve', '--port', '70000', '--db', db]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--port 70000: a port is 0–65535/);
  });
});
