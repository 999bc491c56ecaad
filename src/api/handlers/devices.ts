// Devices: the paged list, one device's sheet with its timeline, and a person's identity fixes.
import type { z } from 'zod';
import { deviceSheetAndTimeline } from '../../consensus/index.js';
import { deviceGrades } from '../../grade/index.js';
import type { ApiContext, HandlerInput } from '../route.js';
import type { aliasBody, deviceListQuery, deviceParams, deviceQuery, mergeBody } from '../schemas.js';
import { articlesOf, attributeJson, deviceRef, timelineJson } from './present.js';

type Params = z.output<typeof deviceParams>;

export async function listDevices(
  { hearsay }: ApiContext,
  { query }: HandlerInput<undefined, z.output<typeof deviceListQuery>, undefined>,
) {
  return hearsay.ledger.searchDevices({
    ...(query.q === undefined ? {} : { text: query.q }),
    all: query.all ?? false,
    order: query.order,
    offset: query.offset,
    limit: query.limit,
  });
}

/** What a device's response is made of, whichever page of its claims is asked for. */
async function deviceView(hearsay: ApiContext['hearsay'], device: string, currency: string | null) {
  const { sheet, timeline } = await deviceSheetAndTimeline(hearsay.ledger, device, { currency });
  const grades = await deviceGrades(hearsay.store, device);
  const claimsBySource = new Map<string, number>();
  for (const entry of timeline) {
    const source = entry.claim.source;
    if (source !== null) claimsBySource.set(source, (claimsBySource.get(source) ?? 0) + 1);
  }
  const sources = [...claimsBySource]
    .map(([name, claims]) => ({ name, claims }))
    .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
  return { sheet, timeline, grades, sources, gradeOf: new Map(grades.claims.map((c) => [c.claimId, c])) };
}

export async function showDevice(
  { hearsay, memo }: ApiContext,
  { params, query }: HandlerInput<Params, z.output<typeof deviceQuery>, undefined>,
) {
  const currency = query.currency ?? null;
  const { sheet, timeline, grades, sources, gradeOf } = await memo.get(
    JSON.stringify(['device', params.device, currency]),
    () => deviceView(hearsay, params.device, currency),
  );
  const page = timeline.slice(query.claimsOffset, query.claimsOffset + query.claimsLimit);
  return {
    device: deviceRef(sheet.device),
    currency: sheet.currency,
    summary: { claims: sheet.claims, stories: sheet.stories, conflicts: sheet.conflicts },
    attributes: sheet.attributes.map(attributeJson),
    sources,
    grades: { cancelled: grades.cancelled, counts: grades.counts, officials: grades.officials },
    // A device with thousands of claims would make this response too big to be a page's first fetch.
    claims: {
      total: timeline.length,
      offset: query.claimsOffset,
      limit: query.claimsLimit,
      items: page.map((entry) => {
        const graded = gradeOf.get(entry.claim.id);
        return { ...timelineJson(entry), grade: graded?.grade ?? null, leadDays: graded?.leadDays ?? null };
      }),
      articles: articlesOf(page.map((entry) => entry.claim)),
    },
  };
}

export async function addAlias(
  { hearsay }: ApiContext,
  { params, body }: HandlerInput<Params, undefined, z.output<typeof aliasBody>>,
) {
  const { eventId, device } = await hearsay.ledger.alias(params.device, body.alias);
  return { eventId, device: deviceRef(device) };
}

export async function mergeDevice(
  { hearsay }: ApiContext,
  { params, body }: HandlerInput<Params, undefined, z.output<typeof mergeBody>>,
) {
  const { eventId, into } = await hearsay.ledger.merge(params.device, body.from);
  return { eventId, device: deviceRef(into) };
}
