// How claimed values read on a page: units after numbers, prices with their currency, date windows in words.
import { daysInMonth } from '../core/calendar.js';
import type { ClaimValue, DateInterval, Money } from '../core/types.js';

const LABELS: Readonly<Record<string, string>> = {
  price: 'Price',
  release_date: 'Release',
  announce_date: 'Announcement',
  display_size_in: 'Display size',
  display_resolution: 'Resolution',
  chipset: 'Chipset',
  cpu_cores: 'CPU cores',
  cpu_clock_ghz: 'CPU clock',
  ram_gb: 'RAM',
  storage_gb: 'Storage',
  rear_camera_mp: 'Rear camera',
  front_camera_mp: 'Front camera',
  battery_mah: 'Battery',
  os: 'Software',
  weight_g: 'Weight',
  thickness_mm: 'Thickness',
  water_resistance: 'Water resistance',
  charging_w: 'Charging',
  refresh_rate_hz: 'Refresh rate',
  colors: 'Colours',
  model_number: 'Model number',
  codename: 'Codename',
};

const UNITS: Readonly<Record<string, string>> = {
  display_size_in: '″',
  cpu_clock_ghz: ' GHz',
  ram_gb: ' GB',
  storage_gb: ' GB',
  rear_camera_mp: ' MP',
  front_camera_mp: ' MP',
  battery_mah: ' mAh',
  weight_g: ' g',
  thickness_mm: ' mm',
  charging_w: ' W',
  refresh_rate_hz: ' Hz',
};

export function attributeLabel(attribute: string): string {
  return LABELS[attribute] ?? attribute.replace(/_/g, ' ');
}

export function formatMoney(money: Money): string {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: money.currency }).format(money.amount);
  } catch {
    // A currency code Intl does not know still reads plainly.
    return `${money.amount} ${money.currency}`;
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function formatDay(date: string): string {
  const [y, m, d] = date.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

/** "12 Mar 2024", "Mar 2024", "2024", or "1 Jan 2024 – 30 Apr 2024". */
export function formatInterval(interval: DateInterval): string {
  const { from, to } = interval;
  if (from === to) return formatDay(from);
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  if (fy === ty && fd === 1) {
    if (fm === 1 && tm === 12 && td === 31) return String(fy);
    if (fm === tm && td === daysInMonth(ty, tm)) return `${MONTHS[fm - 1]} ${fy}`;
  }
  return `${formatDay(from)} – ${formatDay(to)}`;
}

function isMoney(value: ClaimValue): value is Money {
  return typeof value === 'object' && !Array.isArray(value) && 'currency' in value;
}

function isInterval(value: ClaimValue): value is DateInterval {
  return typeof value === 'object' && !Array.isArray(value) && 'from' in value;
}

export function formatValue(attribute: string, value: ClaimValue): string {
  if (isMoney(value)) return formatMoney(value);
  if (isInterval(value)) return formatInterval(value);
  const unit = UNITS[attribute] ?? '';
  if (Array.isArray(value)) return value.map((v) => `${v}${typeof v === 'number' ? unit : ''}`).join(' / ');
  if (typeof value === 'number') return `${value}${unit}`;
  return value;
}
