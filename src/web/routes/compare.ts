// Compare 2–4 devices named in the query string (?device=A&device=B).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { NotFoundError } from '../../core/errors.js';
import { deviceConsensus, loadRates, type DeviceSheet } from '../../consensus/index.js';
import type { WebDeps } from '../deps.js';
import { currencyParam } from '../params.js';
import { sendPage } from '../respond.js';
import { compareView, MAX_COMPARED } from '../views/compare.js';

const name = z.string().max(300);
const query = z.object({
  device: z
    .union([name, z.array(name)])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
  currency: currencyParam,
});

export function compareRoutes(web: FastifyInstance, { hearsay }: WebDeps): void {
  web.get('/compare', async (request, reply) => {
    const parsed = query.parse(request.query);
    const names = [...new Set(parsed.device.map((d) => d.trim()).filter((d) => d !== ''))];
    const currency = parsed.currency?.toUpperCase() ?? null;
    const sheets: DeviceSheet[] = [];
    const missing: string[] = [];
    for (const device of names.slice(0, MAX_COMPARED)) {
      try {
        sheets.push(await deviceConsensus(hearsay.ledger, device, { currency }));
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
        missing.push(device);
      }
    }
    const error =
      names.length > MAX_COMPARED
        ? `At most ${MAX_COMPARED} devices can be compared; the first ${MAX_COMPARED} are shown.`
        : names.length === 1
          ? 'Name at least two devices to compare.'
          : null;
    const suggestions = (await hearsay.ledger.listDevices())
      .filter((d) => d.claims > 0)
      .map((d) => d.name)
      .slice(0, 1000);
    const currencies = (await loadRates(hearsay.store)).currencies();
    const status = names.length > 0 && sheets.length < 2 && missing.length > 0 ? 404 : 200;
    return sendPage(reply, compareView({ names, sheets, missing, suggestions, currencies, currency, error }), status);
  });
}
