// "Check an article": a form, a read-only check, and an explicit "store it" post.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { checkArticle, findApiToken, readSubmission, storeArticle, type Submission } from '../../app/index.js';
import { sourceRecordLookup } from '../../grade/index.js';
import type { WebDeps } from '../deps.js';
import { describeFailure, WebRequestError } from '../errors.js';
import { assertSameOrigin, FORM_BODY_LIMIT } from '../forms.js';
import { articlePath } from '../links.js';
import { sendPage } from '../respond.js';
import { checkFormView, checkResultView, EMPTY_FORM, type CheckForm } from '../views/check.js';

const form = z.object({
  text: z.string().max(FORM_BODY_LIMIT).optional().default(''),
  url: z.string().trim().max(2000).optional().default(''),
  published: z
    .union([z.literal(''), z.iso.date('a date as YYYY-MM-DD')])
    .optional()
    .default(''),
  publisher: z.string().trim().max(200).optional().default(''),
});

// Storing is a write, and writes need an API token here as in the API (`hearsay token create`): a server
// bound to a public address must not let any visitor add to the ledger.
const storeForm = form.extend({ token: z.string().trim().max(200).optional().default('') });

function submissionOf(values: CheckForm): Submission {
  if (values.url !== '') {
    if (values.text.trim() !== '') {
      throw new WebRequestError(400, 'Bad input', 'give either pasted text or an address, not both');
    }
    return { kind: 'url', url: values.url };
  }
  if (values.text.trim() === '') throw new WebRequestError(400, 'Bad input', 'paste an article or give its address');
  return { kind: 'text', text: values.text };
}

function extractionOptions(values: CheckForm): { published?: string; publisher?: string } {
  return {
    ...(values.published ? { published: values.published } : {}),
    ...(values.publisher ? { publisher: values.publisher } : {}),
  };
}

export function checkRoutes(web: FastifyInstance, { hearsay }: WebDeps): void {
  web.get('/check', async (_request, reply) => sendPage(reply, checkFormView(EMPTY_FORM)));

  web.post('/check', async (request, reply) => {
    const values = form.parse(request.body ?? {});
    try {
      const submitted = await readSubmission(submissionOf(values));
      const result = await checkArticle(hearsay.ledger, submitted.article, extractionOptions(values));
      const knownDevices = new Set<string>();
      for (const check of result.checks) if (check.reason !== 'new-device') knownDevices.add(check.claim.device);
      const recordOf = await sourceRecordLookup(hearsay.store);
      return sendPage(
        reply,
        checkResultView({ form: values, text: submitted.article.text, result, knownDevices, recordOf }),
      );
    } catch (error) {
      // The form comes back with what was typed and the reason, so nothing has to be pasted again.
      const failure = describeFailure(error);
      if (failure.status >= 500) throw error;
      return sendPage(reply, checkFormView(values, failure.message), failure.status);
    }
  });

  web.post('/check/store', async (request, reply) => {
    assertSameOrigin(request);
    const { token, ...values } = storeForm.parse(request.body ?? {});
    if (token === '')
      throw new WebRequestError(401, 'Token needed', 'storing needs an API token (`hearsay token create`)');
    if ((await findApiToken(hearsay.store, token)) === null) {
      throw new WebRequestError(403, 'Token refused', 'that API token is not valid');
    }
    const submitted = await readSubmission(submissionOf(values));
    const outcome = await storeArticle(hearsay.ledger, submitted, {
      ...extractionOptions(values),
      today: new Date().toISOString().slice(0, 10),
    });
    return reply.redirect(articlePath(outcome.articleId), 303);
  });
}
