// The device page of a device with 1,000 claims stays under 100 KB of HTML: the claim list is paged, the
// timeline is binned, and each attribute lists only its strongest values.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BIG_DEVICE, recordBigDevice } from '../helpers/big-device.js';
import { startWebServer, type WebServer } from '../helpers/web-server.js';

const LIMIT = 100 * 1024;

describe('device page size', () => {
  let server: WebServer;
  let claims = 0;

  before(async () => {
    server = await startWebServer(async (hearsay) => {
      claims = await recordBigDevice(hearsay, 143);
    });
  });

  after(async () => {
    await server?.close();
  });

  for (const query of ['', '?currency=EUR', '?page=20']) {
    test(`a device with 1,000 claims: the page${query} is under 100 KB`, async (t) => {
      assert.ok(claims >= 1000, `generated ${claims} claims`);
      const response = await fetch(`${server.url}/devices/${encodeURIComponent(BIG_DEVICE)}${query}`);
      assert.equal(response.status, 200);
      const bytes = Buffer.byteLength(await response.text());
      t.diagnostic(`${claims} claims → ${bytes} bytes of HTML`);
      assert.ok(bytes < LIMIT, `${bytes} bytes`);
    });
  }

  test('the claim list pages through all 1,000 claims, 50 at a time', async () => {
    const first = await (await fetch(`${server.url}/devices/${encodeURIComponent(BIG_DEVICE)}`)).text();
    const pages = Number(/Page 1 of (\d+)/.exec(first)?.[1]);
    assert.equal(pages, Math.ceil(claims / 50));
    const last = await (await fetch(`${server.url}/devices/${encodeURIComponent(BIG_DEVICE)}?page=${pages}`)).text();
    const items = last.split('class="claim-line"').length - 1;
    assert.equal(items, claims - (pages - 1) * 50);
  });
});
