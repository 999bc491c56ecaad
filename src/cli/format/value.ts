// Claim values as a person reads them: "CNY 3,600", "2014-02-01 – 2014-02-28", "16, 32 GB".
import type { Attribute, ClaimValue, DateInterval, Money } from '../../core/types.js';

const UNITS: Partial<Readonly<Record<Attribute, string>>> = Object.freeze({
  display_size_in: 'in',
  cpu_clock_ghz: 'GHz',
  ram_gb: 'GB',
  storage_gb: 'GB',
  rear_camera_mp: 'MP',
  front_camera_mp: 'MP',
  battery_mah: 'mAh',
  weight_g: 'g',
  thickness_mm: 'mm',
  charging_w: 'W',
  refresh_rate_hz: 'Hz',
});

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function isMoney(value: ClaimValue): value is Money {
  return typeof value === 'object' && !Array.isArray(value) && 'amount' in value;
}

function isInterval(value: ClaimValue): value is DateInterval {
  return typeof value === 'object' && !Array.isArray(value) && 'from' in value;
}

export function formatValue(attribute: Attribute, value: ClaimValue): string {
  if (isMoney(value)) return `${value.currency} ${number.format(value.amount)}`;
  if (isInterval(value)) return value.from === value.to ? value.from : `${value.from} – ${value.to}`;
  const unit = UNITS[attribute];
  const items = (Array.isArray(value) ? value : [value]).map((item) =>
    typeof item === 'number' ? number.format(item) : item,
  );
  const joined = items.join(', ');
  return unit ? `${joined} ${unit}` : joined;
}
