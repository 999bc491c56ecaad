// A device's consensus sheet and timeline, read from the ledger.
import { InputError } from '../core/errors.js';
import type { Ledger, DeviceRow } from '../ledger/index.js';
import { computeConsensus, type DeviceConsensus, type PriceConverter } from './compute-consensus.js';
import { loadRates } from './rates.js';
import { buildTimeline, type TimelineEntry } from './timeline.js';

export interface DeviceSheet extends DeviceConsensus {
  device: DeviceRow;
  /** The reader's currency prices are converted to, or null to show them as claimed. */
  currency: string | null;
}

export async function deviceConsensus(
  ledger: Ledger,
  name: string,
  options: { currency?: string | null } = {},
): Promise<DeviceSheet> {
  const device = await ledger.requireDevice(name);
  const claims = await ledger.claimsFor(device);
  const currency = options.currency ? options.currency.toUpperCase() : null;
  let convert: PriceConverter | null = null;
  if (currency) {
    const rates = await loadRates(ledger.store);
    if (currency !== 'EUR' && !rates.currencies().includes(currency)) {
      throw new InputError(
        'consensus',
        currency,
        `no reference rates for this currency (known: EUR, ${rates.currencies().join(', ')})`,
      );
    }
    convert = (money, date) => rates.convert(money, currency, date);
  }
  return { device, currency, ...computeConsensus(claims, convert) };
}

export async function deviceTimeline(
  ledger: Ledger,
  name: string,
): Promise<{ device: DeviceRow; entries: TimelineEntry[] }> {
  const device = await ledger.requireDevice(name);
  return { device, entries: buildTimeline(await ledger.claimsFor(device)) };
}
