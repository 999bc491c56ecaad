// Articles: one stored article with its claim spans, and submitting a new one (text or URL).
import type { z } from 'zod';
import { ingestText, ingestUrl } from '../../app/index.js';
import { NotFoundError } from '../../core/errors.js';
import type { RecordOutcome } from '../../ledger/index.js';
import { claimJson } from './present.js';
import type { ApiContext, HandlerInput } from '../route.js';
import type { articleParams, ingestBody } from '../schemas.js';

export async function showArticle(
  { hearsay }: ApiContext,
  { params }: HandlerInput<z.output<typeof articleParams>, undefined, undefined>,
) {
  const article = await hearsay.ledger.article(params.id);
  if (article === null) throw new NotFoundError('api', `article ${params.id}`, 'no article with that id');
  return { ...article, claims: article.claims.map(claimJson) };
}

function outcomeJson(item: string, outcome: RecordOutcome) {
  if (outcome.status === 'known') return { item, status: outcome.status, articleId: outcome.articleId };
  const { link: _link, ...rest } = outcome;
  return { item, ...rest };
}

export async function ingestArticle(
  { hearsay, options }: ApiContext,
  { body }: HandlerInput<undefined, undefined, z.output<typeof ingestBody>>,
) {
  // Claims of an undated article are recorded under the day it arrived.
  const today = new Date().toISOString().slice(0, 10);
  if (body.url !== undefined && body.text === undefined) {
    const result = await ingestUrl(hearsay, body.url, {
      maxBytes: options.maxArticleBytes,
      allowPrivate: options.allowPrivate,
      today,
      ...(body.published === undefined ? {} : { published: body.published }),
      ...(body.publisher === undefined ? {} : { publisher: body.publisher }),
    });
    return {
      articles: result.recorded.map((r) => outcomeJson(r.item, r.outcome)),
      failed: result.failed.map((e) => ({ item: e.item, reason: e.reason })),
    };
  }
  const { url: _url, text = '', ...meta } = body;
  const outcome = await ingestText(hearsay, { text, ...meta }, { maxBytes: options.maxArticleBytes, today });
  return { articles: [outcomeJson('text', outcome)], failed: [] };
}
