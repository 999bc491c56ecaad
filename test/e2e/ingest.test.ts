// `hearsay ingest` end to end: the real bin/hearsay on real SQLite files, pages and feeds served on loopback,
// and a batch killed with SIGKILL halfway and run again.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { HEARSAY_BIN, runCli } from '../helpers/cli.js';
import { startLoopbackServer, type LoopbackServer } from '../helpers/loopback-server.js';
import { openSqliteFile } from '../helpers/sqlite-support.js';
import { tempDir } from '../helpers/temp-db.js';

const tmp = tempDir('hearsay-ingest-e2e-');
after(() => tmp.remove());

function leak(i: number): string {
  const battery = 4000 + ((i * 37) % 20) * 50;
  const ram = [8, 12, 16][i % 3];
  return `---
title: "Report ${i}: Galaxy Z Fold 12 battery tipped"
published: 2031-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}
publisher: Wire ${i % 7}
---

Tipster number ${i} claims the Galaxy Z Fold 12 will carry a ${battery}mAh battery and ${ram}GB of RAM.
The report, the ${i}th of its kind, adds that the phone could launch in the third quarter of 2032.
`;
}

function count(dbFile: string, table: string): number {
  const db = openSqliteFile(dbFile, { readonly: true });
  try {
    return (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

function claimsPerArticle(dbFile: string): Map<string, number> {
  const db = openSqliteFile(dbFile, { readonly: true });
  try {
    const rows = db
      .prepare(
        'select a.content_hash as hash, count(c.id) as n from article a left join claim c on c.article_id = a.id group by a.id',
      )
      .all() as { hash: string; n: number }[];
    return new Map(rows.map((r) => [r.hash, r.n]));
  } finally {
    db.close();
  }
}

describe('ingest from files', () => {
  const folder = tmp.file('articles');
  before(() => {
    mkdirSync(folder);
    for (let i = 0; i < 6; i++) writeFileSync(join(folder, `leak-${i}.md`), leak(i));
    writeFileSync(join(folder, 'broken.txt'), new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
  });

  it('stores each article once, reports the bad one and carries on (exit 1)', async () => {
    const db = tmp.file('files.db');
    const first = await runCli(['ingest', folder, '--db', db]);
    assert.equal(first.code, 1);
    assert.equal(first.errorLines.length, 1);
    assert.match(first.errorLines[0] ?? '', /broken\.txt: .*binary/);
    assert.match(first.stdout, /ingest: \d+ new, 0 already known, \d+ syndicated copies, 1 failed, \d+ claims added/);
    assert.equal(count(db, 'article'), 6);
    const claims = count(db, 'claim');
    assert.ok(claims >= 12, `claims: ${claims}`);

    const second = await runCli(['ingest', folder, '--db', db]);
    assert.match(second.stdout, /ingest: 0 new, 6 already known, 0 syndicated copies, 1 failed, 0 claims added/);
    assert.equal(count(db, 'article'), 6);
    assert.equal(count(db, 'claim'), claims);
  });

  it('lists, shows and times a device from the command line', async () => {
    const db = tmp.file('files.db');
    const devices = await runCli(['devices', '--db', db, '--json']);
    assert.equal(devices.code, 0, devices.stderr);
    const list = JSON.parse(devices.stdout) as { name: string; claims: number }[];
    assert.equal(list[0]?.name, 'Samsung Galaxy Z Fold 12');
    const show = await runCli(['show', 'galaxy z fold 12', '--db', db, '--json']);
    assert.equal(show.code, 0, show.stderr);
    const sheet = JSON.parse(show.stdout) as { attributes: { attribute: string; candidates: unknown[] }[] };
    assert.ok(sheet.attributes.some((a) => a.attribute === 'battery_mah' && a.candidates.length > 1));
    const timeline = await runCli(['timeline', 'Galaxy Z Fold 12', '--db', db]);
    assert.equal(timeline.code, 0, timeline.stderr);
    assert.match(timeline.stdout, /contradicts/);
    const missing = await runCli(['show', 'Nokia 3310 Max', '--db', db]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /Nokia 3310 Max: no device of that name/);
  });

  it('refuses a database whose schema is behind, until `hearsay migrate`', async () => {
    const db = tmp.file('old.db');
    await runCli(['ingest', join(folder, 'leak-0.md'), '--db', db]);
    // Undo the newest migration (0005) by hand (only the newest can be pending: Kysely refuses gaps in the history).
    const raw = openSqliteFile(db);
    raw.prepare("delete from kysely_migration where name = '0005-create-api-tokens'").run();
    raw.prepare('drop table api_token').run();
    raw.close();
    const refused = await runCli(['devices', '--db', db]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /pending: 0005-create-api-tokens.*hearsay migrate/);
    const migrated = await runCli(['migrate', '--db', db]);
    assert.equal(migrated.code, 0, migrated.stderr);
    assert.match(migrated.stdout, /applied 0005-create-api-tokens/);
    assert.equal((await runCli(['devices', '--db', db])).code, 0);
  });
});

describe('ingest over HTTP (loopback)', () => {
  let server: LoopbackServer;
  const article = `<!doctype html><html><head><title>Pixel 11 Pro leak</title>
<meta property="og:site_name" content="Loopback News"><meta name="date" content="2031-05-02"></head>
<body><article><h1>Pixel 11 Pro leak</h1><p>The Google Pixel 11 Pro will have a 5,200mAh battery and 16GB of RAM, according to a
leaked spec sheet seen by Loopback News. The phone is expected to launch in October 2031 at $1,099.</p></article></body></html>`;
  const linked = article
    .replace('Pixel 11 Pro leak', 'Pixel 11 charging')
    .replace('5,200mAh battery and 16GB of RAM', '45W charging and a 6.3-inch screen');
  const fullText = Array.from(
    { length: 40 },
    (_, i) => `Paragraph ${i}: the Pixel 11 Pro will reportedly use the Tensor G7 chip.`,
  ).join(' ');
  let feedXml = '';
  before(async () => {
    server = await startLoopbackServer({
      '/leak.html': (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(article),
      '/linked.html': (_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(linked),
      '/feed.xml': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(feedXml);
      },
    });
    feedXml = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Loopback Feed</title><link>${server.url}/</link>
<item><title>Tensor G7</title><link>${server.url}/full.html</link><pubDate>Mon, 05 May 2031 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>${fullText}</p>]]></content:encoded></item>
<item><title>Pixel 11 charging</title><link>${server.url}/linked.html</link><pubDate>Tue, 06 May 2031 10:00:00 GMT</pubDate><description>Short teaser.</description></item>
</channel></rss>`;
  });
  after(() => server.close());

  it('ingests an article URL and a feed (full-text entry and linked entry), then polls the feed conditionally', async () => {
    const db = tmp.file('http.db');
    const first = await runCli([
      'ingest',
      `${server.url}/leak.html`,
      `${server.url}/feed.xml`,
      '--allow-private',
      '--db',
      db,
    ]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /ingest: 3 new, 0 already known/);
    assert.equal(count(db, 'article'), 3);
    const reader = openSqliteFile(db, { readonly: true });
    const urls = reader.prepare('select url from article order by id').all() as { url: string }[];
    reader.close();
    assert.deepEqual(
      urls.map((u) => new URL(u.url).pathname),
      ['/leak.html', '/full.html', '/linked.html'],
    );

    const second = await runCli([
      'ingest',
      `${server.url}/leak.html`,
      `${server.url}/feed.xml`,
      '--allow-private',
      '--db',
      db,
    ]);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /0 new, 1 already known, 0 syndicated copies, 1 feeds unchanged/);
    const feedRequests = server.requests.filter((r) => r.path === '/feed.xml');
    assert.equal(feedRequests.at(-1)?.headers['if-none-match'], '"v1"');
    assert.equal(count(db, 'article'), 3);
  });

  it('refuses loopback addresses without --allow-private, naming the flag', async () => {
    const run = await runCli(['ingest', `${server.url}/leak.html`, '--db', tmp.file('refused.db')]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /127\.0\.0\.1.*--allow-private/);
  });
});

describe('a batch killed with SIGKILL and run again', () => {
  it('leaves no partial article, loses nothing and duplicates nothing', async () => {
    const folder = tmp.file('kill-batch');
    mkdirSync(folder);
    const N = 400;
    for (let i = 0; i < N; i++) writeFileSync(join(folder, `a-${String(i).padStart(4, '0')}.md`), leak(i));

    const reference = tmp.file('reference.db');
    const clean = await runCli(['ingest', folder, '--db', reference]);
    assert.equal(clean.code, 0, clean.stderr);

    const killed = tmp.file('killed.db');
    const child = spawn(HEARSAY_BIN, ['ingest', folder, '--db', killed], { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    // Kill once some articles are committed, while the batch is still running.
    const deadline = Date.now() + 60_000;
    let seen = 0;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 25));
      try {
        seen = count(killed, 'article');
      } catch {
        // The file or its tables may not exist yet.
        continue;
      }
      if (seen >= 20) break;
    }
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');
    const partial = count(killed, 'article');
    assert.ok(partial > 0 && partial < N, `killed after ${partial} of ${N} articles`);
    // Every stored article has all its claims: compare with the clean run, article by article.
    const expected = claimsPerArticle(reference);
    for (const [hash, n] of claimsPerArticle(killed)) assert.equal(n, expected.get(hash), `claims of ${hash}`);

    const rerun = await runCli(['ingest', folder, '--db', killed]);
    assert.equal(rerun.code, 0, rerun.stderr);
    assert.match(rerun.stdout, new RegExp(`${partial} already known`));
    assert.deepEqual(claimsPerArticle(killed), expected);
    assert.equal(count(killed, 'claim'), count(reference, 'claim'));
    assert.equal(count(killed, 'article_raw'), N);
  });
});
