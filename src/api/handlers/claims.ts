// Claims across the ledger: words and filters, newest first, one page at a time.
import type { z } from 'zod';
import type { ApiContext, HandlerInput } from '../route.js';
import type { claimsQuery } from '../schemas.js';
import { claimJson } from './present.js';

export async function searchClaims(
  { hearsay }: ApiContext,
  { query }: HandlerInput<undefined, z.output<typeof claimsQuery>, undefined>,
) {
  const { device: name, q, ...filters } = query;
  const device = name === undefined ? undefined : await hearsay.ledger.requireDevice(name);
  const page = await hearsay.ledger.searchClaims({
    ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)),
    ...(q === undefined ? {} : { text: q }),
    ...(device === undefined ? {} : { device }),
    offset: query.offset,
    limit: query.limit,
  });
  return { ...page, items: page.items.map(claimJson) };
}
