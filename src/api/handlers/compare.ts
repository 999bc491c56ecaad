// Two to four devices side by side: per attribute, each device's leading value, and whether they differ.
import type { z } from 'zod';
import { deviceConsensus, valuesAgree, type AttributeConsensus, type DeviceSheet } from '../../consensus/index.js';
import type { ApiContext, HandlerInput } from '../route.js';
import type { compareQuery } from '../schemas.js';
import { deviceRef } from './present.js';

function scopeKey(a: Pick<AttributeConsensus, 'attribute' | 'qualifier'>): string {
  return `${a.attribute}\u0000${a.qualifier ?? ''}`;
}

export async function compareDevices(
  { hearsay }: ApiContext,
  { query }: HandlerInput<undefined, z.output<typeof compareQuery>, undefined>,
) {
  const sheets: DeviceSheet[] = [];
  for (const name of query.devices) {
    sheets.push(await deviceConsensus(hearsay.ledger, name, { currency: query.currency ?? null }));
  }
  const scopes = new Map<string, { attribute: string; qualifier: string | null }>();
  for (const sheet of sheets) for (const a of sheet.attributes) scopes.set(scopeKey(a), a);
  const rows = [...scopes.entries()]
    .sort(
      ([, a], [, b]) => a.attribute.localeCompare(b.attribute) || (a.qualifier ?? '').localeCompare(b.qualifier ?? ''),
    )
    .map(([key, scope]) => {
      const values = sheets.map((sheet) => {
        const found = sheet.attributes.find((a) => scopeKey(a) === key);
        return found ? { leader: found.leader, settled: found.settled } : null;
      });
      const present = values.filter((v) => v !== null);
      const first = present[0];
      const differs =
        present.length !== values.length ||
        (first !== undefined && present.some((v) => !valuesAgree(v.leader.value, first.leader.value)));
      return { attribute: scope.attribute, qualifier: scope.qualifier, values, differs };
    });
  return {
    currency: sheets[0]?.currency ?? null,
    devices: sheets.map((s) => ({ device: deviceRef(s.device), claims: s.claims, stories: s.stories })),
    rows,
  };
}
