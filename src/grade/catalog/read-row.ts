// One catalog row into a device's official values. Lenient about how spec dumps write things ("5.0 inches,
// 68.9 cm2", "Li-Ion 3000 mAh", "About 330 EUR", "16GB 2GB RAM, 32GB 3GB RAM"), strict about what comes out:
// a cell that cannot be read, or reads as an implausible number, becomes a problem naming the line and the
// column, and the rest of the row is still used.
import { HearsayError, type ClaimValue, type DateInterval } from '../../core/index.js';
import { readDateWindow } from '../input/read-date.js';
import { numbersIn } from '../input/read-number.js';
import { readOfficialValue } from '../input/read-value.js';
import { MISSING, PLAUSIBLE, type CatalogField } from './columns.js';

export interface CatalogProblem {
  line: number;
  column: string;
  reason: string;
}

export interface CatalogDevice {
  line: number;
  name: string;
  brand: string | null;
  values: { attribute: string; value: ClaimValue }[];
  announced: DateInterval | null;
  cancelled: boolean;
}

type Cells = Partial<Record<CatalogField, string>>;

function present(cell: string | undefined): cell is string {
  return cell !== undefined && !MISSING.has(cell.trim().toLowerCase());
}

/** "Available. Released 2016, October" / "2013, September. Released 2013, September" → the released part. */
function afterReleased(text: string): string | null {
  const at = text.toLowerCase().indexOf('released');
  return at < 0 ? null : text.slice(at + 'released'.length);
}

function beforeReleased(text: string): string {
  const at = text.toLowerCase().indexOf('released');
  return at < 0 ? text : text.slice(0, at);
}

/** Size in GB of a token such as "16GB", "256MB", "1TB" (1 TB = 1000 GB, 1 GB = 1000 MB, as the contract counts). */
function gigabytes(token: string): number | null {
  const n = numbersIn(token)[0];
  if (!n) return null;
  const unit = token.slice(n.end).trim().toUpperCase();
  if (unit.startsWith('TB')) return n.value * 1000;
  if (unit.startsWith('MB')) return n.value / 1000;
  if (unit.startsWith('GB')) return n.value;
  return null;
}

/** GSMArena's "internal" cell: "16GB 2GB RAM, 32GB 3GB RAM" → storage [16, 32], RAM [2, 3]. */
export function readMemory(text: string): { storage: number[]; ram: number[] } {
  const storage = new Set<number>();
  const ram = new Set<number>();
  for (const part of text.split(',')) {
    const tokens = part.trim().split(/\s+/);
    tokens.forEach((token, i) => {
      // "(340MB user available)" is a note about the storage, not another size.
      if (!/^\d/.test(token)) return;
      const gb = gigabytes(token);
      if (gb === null) return;
      const next = (tokens[i + 1] ?? '').toUpperCase();
      if (next === 'RAM') ram.add(gb);
      else if (next !== 'ROM' || tokens.length <= 2) storage.add(gb);
    });
  }
  return { storage: [...storage].sort((a, b) => a - b), ram: [...ram].sort((a, b) => a - b) };
}

/** Old cameras rated by resolution name rather than megapixels (VGA is 640×480 ≈ 0.3 MP). Data only. */
const NAMED_RESOLUTIONS: readonly (readonly [string, number])[] = [
  ['QCIF', 0.03],
  ['QVGA', 0.08],
  ['CIF', 0.1],
  ['VGA', 0.3],
];

/** The main camera's megapixels: "13 MP, autofocus", "Triple~.~50 MP, f/1.8" → 13, 50; "VGA" → 0.3. */
export function readMegapixels(text: string): number | null {
  const marker = text.indexOf('~.~');
  const body = marker >= 0 ? text.slice(marker + 3) : text;
  const firstWord = body.trim().split(/[\s,]/)[0]?.toUpperCase() ?? '';
  for (const [name, mp] of NAMED_RESOLUTIONS) if (firstWord === name) return mp;
  for (const n of numbersIn(body)) {
    const after = body.slice(n.end).trimStart().toUpperCase();
    if (after.startsWith('MP')) return n.value;
  }
  // A bare number (a cleaned dump) is megapixels already.
  const only = numbersIn(body);
  return only.length === 1 && body.trim() === String(only[0]?.value) ? (only[0]?.value ?? null) : null;
}

/** "Li-Ion 3000 mAh, non-removable" → 3000; a bare "3400" too. */
function readBattery(text: string): number | null {
  const numbers = numbersIn(text);
  for (const n of numbers) if (text.slice(n.end).trimStart().toLowerCase().startsWith('mah')) return n.value;
  // A bare number is a cleaned dump's capacity; a number inside other text ("BP-3L") is not.
  return numbers.length === 1 && text.trim() === String(numbers[0]?.value) ? (numbers[0]?.value ?? null) : null;
}

/** "154 g (5.43 oz)" → 154; "2.23 kg (4.92 lb)" → 2230. */
function readWeight(text: string): number | null {
  const n = numbersIn(text)[0];
  if (!n) return null;
  return text.slice(n.end).trimStart().toLowerCase().startsWith('kg') ? Math.round(n.value * 1000) : n.value;
}

function plausible(attribute: string, value: ClaimValue): boolean {
  const range = PLAUSIBLE[attribute];
  if (!range) return true;
  const values = Array.isArray(value) ? value : [value];
  return values.every((v) => typeof v === 'number' && v >= range[0] && v <= range[1]);
}

function displayName(name: string, brand: string | null): string {
  if (!brand || name.toLowerCase().startsWith(brand.toLowerCase())) return name;
  return `${brand} ${name}`;
}

export function readCatalogRow(
  line: number,
  cells: Cells,
  options: { currency: string | null },
): { device: CatalogDevice | null; problems: CatalogProblem[] } {
  const problems: CatalogProblem[] = [];
  const rawName = cells.name?.trim() ?? '';
  if (!present(rawName)) return { device: null, problems: [{ line, column: 'name', reason: 'no device name' }] };
  let brand = present(cells.brand) ? cells.brand.trim() : null;
  if (brand === null && rawName.includes(' ')) brand = rawName.slice(0, rawName.indexOf(' '));
  const values: CatalogDevice['values'] = [];
  const add = (column: string, attribute: string, value: ClaimValue | null): void => {
    if (value === null) return;
    if (!plausible(attribute, value)) {
      problems.push({ line, column, reason: `${JSON.stringify(value)} is not a plausible ${attribute}` });
      return;
    }
    values.push({ attribute, value });
  };
  /** A cell that is present but yields no value is a problem too: the sheet said something we could not read. */
  const addRead = (column: string, attribute: string, value: ClaimValue | null, cell: string): void => {
    // A camera cell of "Yes" or "Videocall camera" says the part exists but gives no figure: nothing to read.
    if (value === null && attribute.endsWith('_camera_mp') && !/\d/.test(cell)) return;
    if (value === null) problems.push({ line, column, reason: `no ${attribute} in "${cell.slice(0, 60)}"` });
    else add(column, attribute, value);
  };
  const attempt = (column: string, body: () => void): void => {
    try {
      body();
    } catch (error) {
      if (!(error instanceof HearsayError)) throw error;
      problems.push({ line, column, reason: error.reason });
    }
  };

  const status = cells.status ?? '';
  const cancelled = status.toLowerCase().includes('cancelled');
  let announced: DateInterval | null = null;
  if (present(cells.announced)) {
    announced = readDateWindow(beforeReleased(cells.announced));
    if (announced === null && !cells.announced.toLowerCase().includes('not')) {
      problems.push({ line, column: 'announced', reason: `no date in "${cells.announced}"` });
    }
    add('announced', 'announce_date', announced);
  }
  const released = present(cells.released)
    ? cells.released
    : (afterReleased(status) ?? afterReleased(cells.announced ?? ''));
  if (released !== null && present(released)) add('released', 'release_date', readDateWindow(released));

  const simple: [CatalogField, string][] = [
    ['display_size_in', 'display_size_in'],
    ['display_resolution', 'display_resolution'],
    ['chipset', 'chipset'],
    ['ram_gb', 'ram_gb'],
    ['storage_gb', 'storage_gb'],
  ];
  for (const [field, attribute] of simple) {
    const cell = cells[field];
    if (present(cell)) attempt(field, () => add(field, attribute, readOfficialValue(attribute, cell)[0] ?? null));
  }
  if (present(cells.memory)) {
    const { storage, ram } = readMemory(cells.memory);
    if (storage.length > 0) add('memory', 'storage_gb', storage.length === 1 ? (storage[0] as number) : storage);
    if (ram.length > 0) add('memory', 'ram_gb', ram.length === 1 ? (ram[0] as number) : ram);
  }
  if (present(cells.rear_camera_mp)) {
    addRead('rear_camera_mp', 'rear_camera_mp', readMegapixels(cells.rear_camera_mp), cells.rear_camera_mp);
  }
  if (present(cells.front_camera_mp)) {
    addRead('front_camera_mp', 'front_camera_mp', readMegapixels(cells.front_camera_mp), cells.front_camera_mp);
  }
  if (present(cells.battery_mah))
    addRead('battery_mah', 'battery_mah', readBattery(cells.battery_mah), cells.battery_mah);
  if (present(cells.weight_g)) addRead('weight_g', 'weight_g', readWeight(cells.weight_g), cells.weight_g);
  if (present(cells.price)) {
    const currency = present(cells.price_currency) ? cells.price_currency.trim().toUpperCase() : options.currency;
    attempt('price', () => {
      for (const money of readOfficialValue('price', cells.price ?? '', { currency })) add('price', 'price', money);
    });
  }
  return { device: { line, name: displayName(rawName, brand), brand, values, announced, cancelled }, problems };
}
