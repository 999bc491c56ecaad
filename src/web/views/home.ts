// The home page: devices with the latest news, the newest claims, and where sources disagree.
import type { AttributeConsensus } from '../../consensus/index.js';
import type { DeviceSummary, StoredClaim } from '../../ledger/index.js';
import { attributeLabel, formatValue } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { devicePath } from '../links.js';
import { claimItem } from './parts.js';

export interface DeviceConflicts {
  device: string;
  attributes: readonly AttributeConsensus[];
}

export interface HomeView {
  recentDevices: readonly DeviceSummary[];
  newestClaims: readonly StoredClaim[];
  conflicts: readonly DeviceConflicts[];
  totals: { articles: number; devices: number; claims: number; stories: number };
}

export function deviceCard(device: DeviceSummary): SafeHtml {
  return html`<li class="card">
    <a href="${devicePath(device.name)}">${device.name}</a>
    <span class="muted"
      >${device.claims} claims · ${device.stories}
      ${device.stories === 1 ? 'story' : 'stories'}${device.lastSeen ? html` · latest ${device.lastSeen}` : ''}</span
    >
  </li>`;
}

function conflictItem(entry: DeviceConflicts): SafeHtml {
  const lines = entry.attributes.map((a) => {
    const others = a.conflicts.map((c) => formatValue(a.attribute, c.value)).join(', ');
    return html`<li>
      ${attributeLabel(a.attribute)}${a.qualifier ? ` (${a.qualifier})` : ''}:
      <strong>${formatValue(a.attribute, a.leader.value)}</strong> leads, against ${others}
    </li>`;
  });
  return html`<li>
    <a href="${devicePath(entry.device)}">${entry.device}</a>
    <ul>
      ${lines}
    </ul>
  </li>`;
}

export function homeView(view: HomeView): SafeHtml {
  const { totals } = view;
  return page(
    { title: 'What is claimed about unreleased gadgets', section: 'home' },
    html`<h1>What is claimed about unreleased gadgets</h1>
      <p class="lede">
        ${totals.claims} claims about ${totals.devices} devices, from ${totals.articles} articles in ${totals.stories}
        independent stories. <a href="/check">Check an article</a> to see how its claims stand.
      </p>
      <div class="columns">
        <section aria-labelledby="recent-devices">
          <h2 id="recent-devices">Recently active devices</h2>
          ${
            view.recentDevices.length > 0
              ? html`<ul class="cards">
                  ${view.recentDevices.map(deviceCard)}
                </ul>`
              : html`<p class="muted">No devices yet: ingest some articles.</p>`
          }
          <p><a href="/devices">All devices →</a></p>
        </section>
        <section aria-labelledby="conflicts">
          <h2 id="conflicts">Conflicts</h2>
          ${
            view.conflicts.length > 0
              ? html`<ul class="conflict-list">
                  ${view.conflicts.map(conflictItem)}
                </ul>`
              : html`<p class="muted">No conflicts among the recently active devices.</p>`
          }
        </section>
      </div>
      <section aria-labelledby="newest-claims">
        <h2 id="newest-claims">Newest claims</h2>
        <ol class="claim-list">
          ${view.newestClaims.map((c) => claimItem(c, { showDevice: true }))}
        </ol>
      </section>`,
  );
}
