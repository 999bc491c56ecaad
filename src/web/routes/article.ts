// One stored article with its claims highlighted.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { NotFoundError } from '../../core/errors.js';
import type { WebDeps } from '../deps.js';
import { sendPage } from '../respond.js';
import { articleView } from '../views/article.js';

const params = z.object({ id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) });

export function articleRoutes(web: FastifyInstance, { hearsay }: WebDeps): void {
  web.get('/articles/:id', async (request, reply) => {
    const { id } = params.parse(request.params);
    const article = await hearsay.ledger.article(id);
    if (!article) throw new NotFoundError('ledger', `article ${id}`, 'no stored article has this id');
    return sendPage(reply, articleView(article));
  });
}
