// A device's page: its consensus sheet in the chosen currency, timeline and claims.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { deviceConsensus, deviceTimeline, loadRates } from '../../consensus/index.js';
import { deviceGrades } from '../../grade/index.js';
import type { WebDeps } from '../deps.js';
import { currencyParam } from '../params.js';
import { sendPage } from '../respond.js';
import { deviceView } from '../views/device.js';

const params = z.object({ name: z.string().min(1).max(300) });
const query = z.object({
  currency: currencyParam,
  page: z.coerce.number().int().min(1).max(100_000).optional().default(1),
});

export function deviceRoutes(web: FastifyInstance, { hearsay }: WebDeps): void {
  web.get('/devices/:name', async (request, reply) => {
    const { name } = params.parse(request.params);
    const { currency, page } = query.parse(request.query);
    const sheet = await deviceConsensus(hearsay.ledger, name, { currency });
    const { entries } = await deviceTimeline(hearsay.ledger, name);
    const currencies = (await loadRates(hearsay.store)).currencies();
    const grades = await deviceGrades(hearsay.store, name);
    return sendPage(
      reply,
      deviceView({
        sheet,
        claims: entries.map((e) => e.claim),
        timeline: entries,
        currencies,
        claimPage: page,
        grades,
      }),
    );
  });
}
