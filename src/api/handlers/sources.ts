// Sources: the leaderboard (accuracy, lead time, Brier, calibration) and one source's graded claims.
import type { z } from 'zod';
import { sourceDetail, sourceRecords } from '../../grade/index.js';
import type { ApiContext, HandlerInput } from '../route.js';
import type { sourceListQuery, sourceParams, sourceQuery } from '../schemas.js';

export async function listSources(
  { hearsay }: ApiContext,
  { query }: HandlerInput<undefined, z.output<typeof sourceListQuery>, undefined>,
) {
  const records = await sourceRecords(hearsay.store, { brand: query.brand ?? null });
  return {
    total: records.length,
    offset: query.offset,
    limit: query.limit,
    items: records.slice(query.offset, query.offset + query.limit),
  };
}

export async function showSource(
  { hearsay }: ApiContext,
  { params, query }: HandlerInput<z.output<typeof sourceParams>, z.output<typeof sourceQuery>, undefined>,
) {
  const detail = await sourceDetail(hearsay.store, params.source);
  return {
    record: detail.record,
    claims: {
      total: detail.claims.length,
      offset: query.claimsOffset,
      limit: query.claimsLimit,
      items: detail.claims.slice(query.claimsOffset, query.claimsOffset + query.claimsLimit),
    },
  };
}
