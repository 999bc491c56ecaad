// The web UI: server-rendered pages over the same stages the CLI and API use, as one Fastify plugin.
// The server composition (src/server) mounts it at `/`; tests mount it alone.
import type { FastifyInstance } from 'fastify';
import type { Hearsay } from '../app/index.js';
import { describeFailure } from './errors.js';
import { acceptForms } from './forms.js';
import { CONTENT_SECURITY_POLICY, sendPage } from './respond.js';
import { articleRoutes } from './routes/article.js';
import { assetRoutes } from './routes/assets.js';
import { checkRoutes } from './routes/check.js';
import { compareRoutes } from './routes/compare.js';
import { deviceRoutes } from './routes/device.js';
import { homeRoutes } from './routes/home.js';
import { errorView } from './views/error.js';

export async function registerWeb(app: FastifyInstance, deps: { hearsay: Hearsay }): Promise<void> {
  // Encapsulated: the form parser, headers and error pages apply to these routes only, not the API's.
  await app.register(async (web) => {
    acceptForms(web);
    web.addHook('onSend', async (_request, reply) => {
      reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
      reply.header('x-content-type-options', 'nosniff');
      reply.header('referrer-policy', 'same-origin');
      reply.header('x-frame-options', 'DENY');
    });
    web.setErrorHandler(async (error, request, reply) => {
      const failure = describeFailure(error);
      if (failure.status >= 500) request.log.error({ err: error }, 'web page failed');
      return sendPage(reply, errorView(failure.status, failure.title, failure.message), failure.status);
    });
    homeRoutes(web, deps);
    deviceRoutes(web, deps);
    compareRoutes(web, deps);
    articleRoutes(web, deps);
    checkRoutes(web, deps);
    assetRoutes(web);
  });
}
