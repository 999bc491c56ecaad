// A device's consensus sheet and timeline, read from the ledger.
import { InputError } from '../core/errors.js';
import type { Ledger, DeviceRow, StoredClaim } from '../ledger/index.js';
import { computeConsensus, type DeviceConsensus, type PriceConverter } from './compute-consensus.js';
import { loadRates } from './rates.js';
import { buildTimeline, type TimelineEntry } from './timeline.js';

export interface DeviceSheet extends DeviceConsensus {
  device: DeviceRow;
  /** The reader's currency prices are converted to, or null to show them as claimed. */
  currency: string | null;
}

/** Reads the ledger's claims once for both: a device's sheet, and its timeline (the same claims, marked). */
export async function deviceSheetAndTimeline(
  ledger: Ledger,
  name: string,
  options: { currency?: string | null } = {},
): Promise<{ sheet: DeviceSheet; timeline: TimelineEntry[] }> {
  const device = await ledger.requireDevice(name);
  const claims = await ledger.claimsFor(device);
  return { sheet: await sheetOf(ledger, device, claims, options), timeline: buildTimeline(claims) };
}

export async function deviceConsensus(
  ledger: Ledger,
  name: string,
  options: { currency?: string | null } = {},
): Promise<DeviceSheet> {
  const device = await ledger.requireDevice(name);
  return sheetOf(ledger, device, await ledger.claimsFor(device), options);
}

async function sheetOf(
  ledger: Ledger,
  device: DeviceRow,
  claims: StoredClaim[],
  options: { currency?: string | null },
): Promise<DeviceSheet> {
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
