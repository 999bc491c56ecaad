// A person confirms a device's official values (or marks it cancelled); every claim is then regraded.
import type { z } from 'zod';
import { confirmOfficial } from '../../grade/index.js';
import type { ApiContext, HandlerInput } from '../route.js';
import type { deviceParams, officialBody } from '../schemas.js';

type Value = z.output<typeof officialBody>['values'][number];

/** The grade stage reads values the way the CLI writes them: `attribute[qualifier]=value`. */
function assignment(value: Value): string {
  const scope = value.qualifier === undefined ? '' : `[${value.qualifier}]`;
  return `${value.attribute}${scope}=${String(value.value)}`;
}

export async function confirmValues(
  { hearsay }: ApiContext,
  { params, body, token }: HandlerInput<z.output<typeof deviceParams>, undefined, z.output<typeof officialBody>>,
) {
  return confirmOfficial(hearsay.store, {
    device: params.device,
    values: body.values.map(assignment),
    // Without a named source, the token's name says who confirmed the values.
    source: body.source ?? token?.name ?? null,
    knownOn: body.knownOn ?? null,
    cancelled: body.cancelled ?? false,
    active: body.active ?? false,
    today: new Date().toISOString().slice(0, 10),
  });
}
