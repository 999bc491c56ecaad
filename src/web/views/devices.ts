// All devices, optionally filtered by a search word, most recently active first.
import type { DeviceSummary } from '../../ledger/index.js';
import { html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { deviceCard } from './home.js';

export function devicesView(devices: readonly DeviceSummary[], query: string, total: number): SafeHtml {
  return page(
    { title: query ? `Devices matching “${query}”` : 'Devices', section: 'devices' },
    html`<h1>Devices</h1>
      <form class="inline-form" method="get" action="/devices">
        <label for="q">Name contains</label>
        <input id="q" name="q" type="search" value="${query}" />
        <button type="submit">Filter</button>
      </form>
      <p class="muted">
        ${devices.length === total ? `${total} devices` : `${devices.length} of ${total} devices`}${query ? html` matching “${query}”` : ''}.
      </p>
      ${
        devices.length > 0
          ? html`<ul class="cards">
              ${devices.map(deviceCard)}
            </ul>`
          : html`<p>No device matches.</p>`
      }`,
  );
}
