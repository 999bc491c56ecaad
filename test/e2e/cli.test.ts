// The hearsay command end to end: real files, the real launcher, structure rather than specific claims.
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { extractionResultSchema } from '../../src/core/schemas.js';
import { runCli, startCli, tempDir } from '../helpers/cli.js';

const STORY =
  'Gizmo 5 leaks ahead of launch\n\nThe Gizmo 5 is said to cost $499 and arrive in March, according to a tipster.\n';
const PAGE = `<!doctype html><html><head>
<title>Ignored | Site</title>
<meta property="og:title" content="Lumen Tab 2 clears certification">
<meta property="article:published_time" content="2016-05-04T10:00:00+02:00">
<meta property="og:site_name" content="Tablet Ticker">
</head><body><article><p>The Lumen Tab 2 has passed certification with a 7,000 mAh battery, two weeks before its expected launch.</p></article></body></html>`;

describe('hearsay extract (e2e)', { concurrency: true }, () => {
  const { dir, cleanup } = tempDir();
  const path = (name: string) => join(dir, name);

  before(() => {
    writeFileSync(path('story.txt'), STORY);
    writeFileSync(path('page.html'), PAGE);
    writeFileSync(path('binary.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    writeFileSync(path('big.txt'), 'word '.repeat(1000));
    mkdirSync(path('folder/nested'), { recursive: true });
    writeFileSync(path('folder/b.md'), '---\ntitle: B\n---\nThe B phone is rumored.\n');
    writeFileSync(path('folder/a.txt'), STORY);
    writeFileSync(path('folder/nested/c.html'), PAGE);
    writeFileSync(path('folder/notes.json'), '{}');
    mkdirSync(path('empty'));
    writeFileSync(path('empty/readme.json'), '{}');
  });
  after(cleanup);

  it('extract --json on a text file prints one object matching the claims contract', async () => {
    const run = await runCli(['extract', path('story.txt'), '--json']);
    assert.equal(run.code, 0, run.stderr);
    const result = extractionResultSchema.strict().parse(JSON.parse(run.stdout));
    assert.equal(result.title, 'Gizmo 5 leaks ahead of launch');
    assert.match(run.stdout, /^\{\n {2}"title"/);
  });

  it('extract --published and --publisher override the article', async () => {
    const run = await runCli([
      'extract',
      path('page.html'),
      '--json',
      '--published',
      '2016-06-01',
      '--publisher',
      'Other',
    ]);
    const result = extractionResultSchema.parse(JSON.parse(run.stdout));
    assert.equal(result.published, '2016-06-01');
    assert.equal(result.publisher, 'Other');
  });

  it('extract: a missing file fails alone, the good file is still processed, exit 1', async () => {
    const missing = path('missing.txt');
    const run = await runCli(['extract', missing, path('story.txt'), '--jsonl']);
    assert.equal(run.code, 1);
    assert.deepEqual(run.errorLines, [`hearsay: ingest: ${missing}: no such file or directory`]);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    assert.equal(JSON.parse(lines[0] ?? '').file, path('story.txt'));
  });

  it('extract: a date that does not exist for --published is a usage error, exit 2', async () => {
    const run = await runCli(['extract', path('story.txt'), '--published', '2014-02-30']);
    assert.equal(run.code, 2);
    assert.equal(run.errorLines.length, 1);
    assert.match(run.errorLines[0] ?? '', /^hearsay: --published 2014-02-30: /);
    assert.equal(run.stdout, '');
  });

  it('extract: --json with --jsonl is a usage error, exit 2', async () => {
    const run = await runCli(['extract', path('story.txt'), '--json', '--jsonl']);
    assert.equal(run.code, 2);
    assert.equal(run.errorLines.length, 1);
  });

  it("extract: an unknown option gets commander's message and exit 2", async () => {
    const run = await runCli(['extract', path('story.txt'), '--frobnicate']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /unknown option '--frobnicate'/);
  });

  it('extract - reads standard input and sniffs its format', async () => {
    const run = await runCli(['extract', '-', '--json'], { stdin: PAGE });
    assert.equal(run.code, 0, run.stderr);
    const result = extractionResultSchema.parse(JSON.parse(run.stdout));
    assert.equal(result.title, 'Lumen Tab 2 clears certification');
  });

  it('extract on a folder prints JSON Lines with "file" first, sorted, recursing, skipping other files', async () => {
    const run = await runCli(['extract', path('folder'), '--json']);
    assert.equal(run.code, 0, run.stderr);
    const records = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.deepEqual(
      records.map((r) => r.file),
      [path('folder/a.txt'), path('folder/b.md'), path('folder/nested/c.html')],
    );
    for (const record of records) {
      assert.equal(Object.keys(record)[0], 'file');
      const { file: _file, ...result } = record;
      extractionResultSchema.strict().parse(result);
    }
  });

  it('extract --json on two files prints one JSON line per file, each with its "file"', async () => {
    const run = await runCli(['extract', path('story.txt'), path('page.html'), '--json']);
    assert.equal(run.code, 0, run.stderr);
    const records = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { file: string });
    assert.deepEqual(
      records.map((r) => r.file),
      [path('story.txt'), path('page.html')],
    );
  });

  it('extract: a folder without articles is reported, exit 1', async () => {
    const run = await runCli(['extract', path('empty')]);
    assert.equal(run.code, 1);
    assert.equal(run.errorLines.length, 1);
    assert.match(run.errorLines[0] ?? '', /^hearsay: ingest: .*empty: no articles/);
  });

  it('extract refuses a binary file with the reason', async () => {
    const run = await runCli(['extract', path('binary.txt'), path('story.txt')]);
    assert.equal(run.code, 1);
    assert.deepEqual(run.errorLines, [
      `hearsay: ingest: ${path('binary.txt')}: looks like binary data, not an article`,
    ]);
    assert.match(run.stdout, /Gizmo 5 leaks ahead of launch/);
  });

  it('extract refuses a file over --max-size', async () => {
    const run = await runCli(['extract', path('big.txt'), '--max-size', '1KB']);
    assert.equal(run.code, 1);
    assert.match(run.errorLines[0] ?? '', /big\.txt: 4\.9 KB is over the 1 KB limit \(--max-size\)$/);
  });

  it('extract --text prints the text spans index into', async () => {
    const run = await runCli(['extract', path('story.txt'), '--text']);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, STORY);
  });

  it('extract --text on HTML starts with the title, without markup', async () => {
    const run = await runCli(['extract', path('page.html'), '--text']);
    assert.match(run.stdout, /^Lumen Tab 2 clears certification\n\nThe Lumen Tab 2 has passed/);
    assert.doesNotMatch(run.stdout, /</);
  });

  it('extract on HTML reads title, published and publisher from meta tags', async () => {
    const run = await runCli(['extract', path('page.html'), '--json']);
    const result = extractionResultSchema.parse(JSON.parse(run.stdout));
    assert.equal(result.title, 'Lumen Tab 2 clears certification');
    assert.equal(result.published, '2016-05-04');
    assert.equal(result.publisher, 'Tablet Ticker');
  });

  it('extract report names the file and article, without colour outside a terminal', async () => {
    const run = await runCli(['extract', path('page.html')], { env: { NO_COLOR: '' } });
    assert.equal(run.code, 0, run.stderr);
    assert.match(
      run.stdout,
      /page\.html\n {2}Title +Lumen Tab 2 clears certification\n {2}Published +2016-05-04\n {2}Publisher +Tablet Ticker/,
    );
    assert.ok(!run.stdout.includes('\u001b['), 'no ANSI escapes');
  });

  it("extract resolves relative paths against the caller's directory", async () => {
    const run = await runCli(['extract', 'story.txt', '--jsonl'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).file, 'story.txt');
  });

  it('extract --explain --json still prints a valid result', async () => {
    const run = await runCli(['extract', path('story.txt'), '--json', '--explain']);
    assert.equal(run.code, 0, run.stderr);
    const parsed = JSON.parse(run.stdout) as { claims: { by?: unknown }[] };
    for (const claim of parsed.claims) assert.ok(Array.isArray(claim.by));
  });

  it('extract --debug writes its trace to stderr only', async () => {
    const run = await runCli(['extract', path('story.txt'), '--json', '--debug']);
    assert.equal(run.code, 0);
    assert.match(run.stderr, /^debug: ingest: .*story\.txt: text, \d+ characters/);
    JSON.parse(run.stdout);
  });

  it(
    'extract: an unreadable file is reported, the rest processed',
    { skip: process.getuid?.() === 0 ? 'root can read any file' : false },
    async () => {
      const locked = path('locked.txt');
      writeFileSync(locked, STORY);
      chmodSync(locked, 0o000);
      const run = await runCli(['extract', locked, path('story.txt'), '--jsonl']);
      assert.equal(run.code, 1);
      assert.deepEqual(run.errorLines, [`hearsay: ingest: ${locked}: permission denied`]);
      assert.equal(run.stdout.trim().split('\n').length, 1);
    },
  );

  it('every command has --help with examples, exit 0', async () => {
    const commands = [
      ['--help'],
      ['extract', '--help'],
      ['ingest', '--help'],
      ['devices', '--help'],
      ['show', '--help'],
      ['serve', '--help'],
    ];
    for (const args of [...commands, ['start', '--help']]) {
      const run = await runCli(args);
      assert.equal(run.code, 0, args.join(' '));
      assert.match(run.stdout, /Example/);
    }
  });

  it('start ingests the bundled samples into an empty hearsay.db and serves them; --no-serve only reads it', async () => {
    const first = startCli(['start', '--port', '0', '--log-level', 'silent'], { cwd: dir, env: { HEARSAY_DB: '' } });
    // Ingesting the samples comes first: on a loaded machine that can take minutes.
    const [, url] = await first
      .waitForStdout(/serving (http:\/\/127\.0\.0\.1:\d+)\//, 900_000)
      .catch(async (error: unknown) => {
        await first.stop('SIGKILL');
        throw error;
      });
    try {
      const devices = (await (await fetch(`${url}/api/v1/devices`)).json()) as { total: number };
      assert.ok(devices.total >= 4, `the samples' devices are served (${devices.total})`);
    } finally {
      const run = await first.stop('SIGINT');
      assert.equal(run.code, 0, run.stderr);
      assert.match(
        run.stdout,
        /ingest: (\d+) new, 0 already known, (\d+) syndicated copies, 0 failed, (\d+) claims added/,
      );
      assert.match(run.stdout, /Ledger: \d+ articles in \d+ independent stories/);
    }
    const second = await runCli(['start', '--no-serve'], { cwd: dir, env: { HEARSAY_DB: '' } });
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /not empty, so the samples were not ingested again/);
    assert.match(second.stdout, /settled|CONFLICT/);
  });
});
