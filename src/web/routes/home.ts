// The home page and the device list.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { computeConsensus } from '../../consensus/index.js';
import type { DeviceSummary } from '../../ledger/index.js';
import type { WebDeps } from '../deps.js';
import { sendPage } from '../respond.js';
import { devicesView } from '../views/devices.js';
import { homeView, type DeviceConflicts } from '../views/home.js';

const RECENT_DEVICES = 12;
const NEWEST_CLAIMS = 15;
const DEVICE_LIST_LIMIT = 500;

function byRecentActivity(a: DeviceSummary, b: DeviceSummary): number {
  return (b.lastSeen ?? '').localeCompare(a.lastSeen ?? '') || b.claims - a.claims;
}

const devicesQuery = z.object({ q: z.string().max(200).optional().default('') });

export function homeRoutes(web: FastifyInstance, { hearsay }: WebDeps): void {
  web.get('/', async (_request, reply) => {
    const { ledger } = hearsay;
    const devices = (await ledger.listDevices()).filter((d) => d.claims > 0).sort(byRecentActivity);
    const recentDevices = devices.slice(0, RECENT_DEVICES);
    const conflicts: DeviceConflicts[] = [];
    for (const summary of recentDevices) {
      const device = await ledger.findDevice(summary.name);
      if (!device) continue;
      const sheet = computeConsensus(await ledger.claimsFor(device));
      const attributes = sheet.attributes.filter((a) => a.conflicts.length > 0);
      if (attributes.length > 0) conflicts.push({ device: summary.name, attributes });
    }
    return sendPage(
      reply,
      homeView({
        recentDevices,
        newestClaims: await ledger.recentClaims(NEWEST_CLAIMS),
        conflicts,
        totals: await ledger.counts(),
      }),
    );
  });

  web.get('/devices', async (request, reply) => {
    const { q } = devicesQuery.parse(request.query);
    const all = (await hearsay.ledger.listDevices()).filter((d) => d.claims > 0).sort(byRecentActivity);
    const needle = q.trim().toLowerCase();
    const matching = needle
      ? all.filter(
          (d) => d.name.toLowerCase().includes(needle) || d.members.some((m) => m.toLowerCase().includes(needle)),
        )
      : all;
    return sendPage(reply, devicesView(matching.slice(0, DEVICE_LIST_LIMIT), q.trim(), all.length));
  });
}
