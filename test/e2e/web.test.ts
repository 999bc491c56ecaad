// The web UI in a real browser (Debian's Chromium via playwright-core) against a real SQLite file served on
// loopback. Each page is also saved as a screenshot (screenshots/, git-ignored) at desktop and phone width.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_SKIP, DESKTOP, launchChromium, PHONE, screenshotPath } from '../helpers/browser.js';
import { createApiToken } from '../../src/app/index.js';
import { recordFolder, startWebServer, type WebServer } from '../helpers/web-server.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const LEDGER_FIXTURES = path.join(here, '../fixtures/ledger');
const WEB_FIXTURES = path.join(here, '../fixtures/web');
const skip = CHROMIUM_SKIP;

const S30 = 'Samsung Galaxy S30 Ultra';
// Browser-side checks, as source text (the project compiles without the DOM library).
/** Any payload that ran would have set this global. */
const PWNED = 'window.__pwned';
const HANDLER_ATTRIBUTES = `[...document.querySelectorAll('*')].flatMap((el) =>
  [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => el.tagName + ' ' + a.name))`;
const SCRIPT_URLS = `[...document.querySelectorAll('[href], [src], [action]')]
  .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '')
  .filter((v) => /^\\s*(javascript|data|vbscript):/i.test(v))`;

/** Hovers and focuses every claim mark in turn, so mouse- and focus-triggered handlers would fire. */
async function hoverAndFocusMarks(page: Page): Promise<void> {
  for (const mark of await page.locator('mark').all()) {
    // Move away first: the previous mark's open tooltip may cover this one.
    await page.mouse.move(0, 0);
    await page.evaluate('document.activeElement && document.activeElement.blur()');
    await mark.hover();
    await mark.focus();
  }
  await page.mouse.move(0, 0);
}
const PIXEL = 'Google Pixel 14 Pro';

describe('web UI in Chromium', { skip }, () => {
  let server: WebServer;
  let browser: Browser;

  before(async () => {
    server = await startWebServer(async (hearsay) => {
      await recordFolder(hearsay, LEDGER_FIXTURES);
      await recordFolder(hearsay, WEB_FIXTURES);
    });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page that fails the test on any dialog, page error or CSP report: none should ever happen here. */
  async function openPage(viewport = DESKTOP): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport });
    const problems: string[] = [];
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    return { page, problems };
  }

  /** Saves the page at desktop and phone width. */
  async function shoot(page: Page, name: string): Promise<void> {
    await page.setViewportSize(DESKTOP);
    await page.screenshot({ path: screenshotPath(`${name}-desktop`), fullPage: true });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: screenshotPath(`${name}-phone`), fullPage: true });
    // Readable at phone width: the page itself never scrolls sideways (wide tables scroll in their box).
    const width = await page.evaluate('document.documentElement.scrollWidth');
    assert.ok(Number(width) <= PHONE.width, `${name}: ${String(width)} px wide at phone width`);
    await page.setViewportSize(DESKTOP);
  }

  const devicePath = (name: string): string => `/devices/${encodeURIComponent(name)}`;

  test('the home page lists recent devices, newest claims and conflicts', async () => {
    const { page, problems } = await openPage();
    await page.goto(server.url + '/');
    assert.equal(await page.locator('h1').innerText(), 'What is claimed about unreleased gadgets');
    const devices = await page.locator('#recent-devices + ul a').allInnerTexts();
    assert.ok(devices.includes(S30) && devices.includes(PIXEL), devices.join(', '));
    assert.ok((await page.locator('.conflict-list > li').count()) >= 1, 'conflicts listed');
    await shoot(page, 'home');
    await page.goto(server.url + '/devices');
    await shoot(page, 'devices');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the device page shows the spec sheet and the timeline, and the keyboard reaches the skip link first', async () => {
    const { page, problems } = await openPage();
    await page.goto(server.url + devicePath(S30));
    assert.equal(await page.locator('h1').innerText(), S30);
    const battery = page.locator('table.sheet tr', { has: page.locator('th', { hasText: 'Battery' }) });
    assert.match((await battery.locator('td.value').innerText()) ?? '', /mAh/);
    assert.equal((await page.locator('svg.chart circle').count()) > 0, true, 'timeline dots drawn');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate('document.activeElement.textContent'), 'Skip to content');
    await shoot(page, 'device');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('switching the currency converts the prices on the device page', async () => {
    const { page, problems } = await openPage();
    await page.goto(server.url + devicePath(PIXEL));
    const before = (await page.locator('.headline').innerText()) ?? '';
    assert.match(before, /\$1,099|\$999/);
    await page.selectOption('#currency', 'EUR');
    await page.click('.currency-switch button');
    await page.waitForURL(/currency=EUR/);
    const after = (await page.locator('.headline').innerText()) ?? '';
    assert.match(after, /≈ €\d/);
    assert.match(after, /claimed \$/);
    assert.equal(await page.locator('#currency').inputValue(), 'EUR');
    await shoot(page, 'device-eur');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('compare puts two devices side by side and marks the rows that differ', async () => {
    const { page, problems } = await openPage();
    await page.goto(server.url + '/compare');
    await page.fill('#device-1', S30);
    await page.fill('#device-2', PIXEL);
    await page.click('.compare-form button');
    await page.waitForURL(/compare\?device=/);
    const headers = await page.locator('table.compare thead th').allInnerTexts();
    assert.deepEqual(headers.slice(1), [S30, PIXEL]);
    const battery = page.locator('table.compare tr', { has: page.locator('th', { hasText: 'Battery' }) });
    assert.equal(await battery.getAttribute('class'), 'differs');
    const size = page.locator('table.compare tr', { has: page.locator('th', { hasText: 'Display size' }) });
    assert.equal(await size.getAttribute('class'), 'missing', 'a value only one device has is a gap');
    assert.ok((await page.locator('table.compare tr.same').count()) >= 1, 'RAM (16 GB on both) is the same');
    await shoot(page, 'compare');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a pasted article shows its claims against the ledger, stores only when asked, and its marks open by keyboard', async () => {
    const { page, problems } = await openPage();
    const before = await server.hearsay.ledger.counts();
    await page.goto(server.url + '/check');
    await shoot(page, 'check-form');
    await page.fill(
      '#check-text',
      'Tipster Max Jambor says the Galaxy S30 Ultra will come with 12GB of RAM, 65W charging and a 6,000mAh battery. ' +
        'He also says the Galaxy S30 Ultra will be available in titanium grey and costs €1,449 in Germany.',
    );
    await page.fill('#check-published', '2031-10-01');
    await page.click('.check-form button');
    await page.waitForSelector('table.check-table');
    const statuses = await page.locator('table.check-table tbody tr td:last-child .badge').allInnerTexts();
    assert.ok(statuses.includes('Conflicts'), statuses.join(', '));
    assert.ok(statuses.includes('Agrees'), statuses.join(', '));
    assert.match(
      (await page.locator('#check-summary').innerText()) ?? '',
      /claims:\s+\d+ new,\s+\d+ agree,\s+\d+ conflict/,
    );
    assert.deepEqual(await server.hearsay.ledger.counts(), before, 'checking stored nothing');
    await shoot(page, 'check-result');

    const { token } = await createApiToken(server.hearsay.store, 'e2e');
    await page.fill('.store-form input[name="token"]', token);
    await page.click('.store-form button');
    await page.waitForURL(/\/articles\/\d+$/);
    assert.equal((await server.hearsay.ledger.counts()).articles, before.articles + 1);
    const marks = page.locator('.article-text mark');
    assert.ok((await marks.count()) >= 2);
    await marks.first().focus();
    const tip = page.locator('.article-text .tip').first();
    assert.equal(await tip.isVisible(), true, 'focus shows the claim');
    assert.match((await tip.innerText()) ?? '', /Galaxy S30 Ultra/);
    await shoot(page, 'article');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the sources leaderboard links to a source page with its record and calibration chart', async () => {
    const { page, problems } = await openPage();
    await page.goto(server.url + '/sources');
    const rows = page.locator('table.leaderboard tbody tr');
    assert.ok((await rows.count()) >= 1, 'sources with graded claims');
    assert.ok((await page.locator('table.leaderboard svg.chart').count()) >= 1, 'calibration charts drawn');
    await shoot(page, 'sources');
    const first = rows.first().locator('th a');
    const name = (await first.innerText()) ?? '';
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sources\/.+/);
    assert.equal(await page.locator('h1').innerText(), name);
    assert.match((await page.locator('.figures').innerText()) ?? '', /Accuracy\s*\d+%/);
    assert.equal(await page.locator('figure svg.chart').count(), 1);
    await shoot(page, 'source');
    await page.goto(server.url + devicePath(S30));
    assert.match((await page.locator('#grades').innerText()) ?? '', /Grades/);
    assert.ok((await page.locator('table.officials tbody tr').count()) >= 3, 'official values listed');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('article text full of <script>, onerror= and javascript: runs nothing on any page', async () => {
    const { page, problems } = await openPage();
    const payloadText = [
      'Galaxy S30 Ultra <script>window.__pwned=20</script> leak: the Galaxy S30 Ultra will cost $1,599',
      '<img src=x onerror="window.__pwned=21"> with a 6,400mAh battery <svg onload=window.__pwned=22>',
      '"><script>window.__pwned=23</script> <a href="javascript:window.__pwned=24">more</a>',
    ].join(' ');
    const ids = (await server.hearsay.ledger.store.db.selectFrom('article').select('id').execute()).map((r) => r.id);
    const paths = ['/', '/devices', devicePath(S30), devicePath(PIXEL), ...ids.map((id) => `/articles/${id}`)];
    paths.push(`/compare?device=${encodeURIComponent(S30)}&device=${encodeURIComponent(PIXEL)}`);
    for (const target of paths) {
      await page.goto(server.url + target);
      await hoverAndFocusMarks(page);
      assert.equal(await page.evaluate(PWNED), undefined, target);
      assert.equal(await page.locator('script, iframe, object, embed').count(), 0, `${target}: no active elements`);
      const handlers = await page.evaluate(HANDLER_ATTRIBUTES);
      assert.deepEqual(handlers, [], `${target}: no event handler attributes`);
      const scriptLinks = await page.evaluate(SCRIPT_URLS);
      assert.deepEqual(scriptLinks, [], `${target}: no script URLs`);
    }
    // The payload article's text reached the page as text.
    await page.goto(server.url + devicePath(S30));
    assert.ok((await page.content()).includes('&lt;img src=x onerror'), 'escaped payload visible as text');

    await page.goto(server.url + '/check');
    await page.fill('#check-text', payloadText);
    await page.fill('#check-publisher', '<script>window.__pwned=25</script>');
    await page.click('.check-form button');
    await page.waitForSelector('#check-summary');
    await hoverAndFocusMarks(page);
    assert.equal(await page.evaluate(PWNED), undefined);
    assert.equal(await page.locator('script').count(), 0);
    assert.match((await page.locator('.article-text').innerText()) ?? '', /<script>window.__pwned=20<\/script>/);
    await shoot(page, 'check-payload');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
