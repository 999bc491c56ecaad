// The sources leaderboard and one source's page, read from grading.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { sourceDetail, sourceRecords } from '../../grade/index.js';
import type { WebDeps } from '../deps.js';
import { sendPage } from '../respond.js';
import { sourcesView, sourceView } from '../views/sources.js';

const listQuery = z.object({ brand: z.string().trim().max(100).optional().default('') });
const params = z.object({ name: z.string().min(1).max(300) });

export function sourceRoutes(web: FastifyInstance, { hearsay }: WebDeps): void {
  web.get('/sources', async (request, reply) => {
    const { brand } = listQuery.parse(request.query);
    const records = await sourceRecords(hearsay.store, { brand: brand || null });
    return sendPage(reply, sourcesView(records, brand));
  });

  web.get('/sources/:name', async (request, reply) => {
    const { name } = params.parse(request.params);
    return sendPage(reply, sourceView(await sourceDetail(hearsay.store, name)));
  });
}
