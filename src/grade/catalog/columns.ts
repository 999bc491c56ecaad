// Which header names a catalog column goes by. hearsay's own columns first (documented in the README), then
// the names two GSMArena-derived spec dumps use, so those import without a conversion step. Data only.

export const CATALOG_FIELDS = [
  'name',
  'brand',
  'announced',
  'released',
  'status',
  'display_size_in',
  'display_resolution',
  'chipset',
  'ram_gb',
  'storage_gb',
  'memory',
  'rear_camera_mp',
  'front_camera_mp',
  'battery_mah',
  'weight_g',
  'price',
  'price_currency',
] as const;
export type CatalogField = (typeof CATALOG_FIELDS)[number];

/** Header (lower-cased, "-" and spaces as "_") → field. */
export const HEADER_ALIASES: Readonly<Record<string, CatalogField>> = Object.freeze({
  name: 'name',
  device: 'name',
  model: 'name',
  brand: 'brand',
  oem: 'brand',
  maker: 'brand',
  announced: 'announced',
  announce_date: 'announced',
  released: 'released',
  release_date: 'released',
  status: 'status',
  display_size_in: 'display_size_in',
  display_size: 'display_size_in',
  size: 'display_size_in',
  display_resolution: 'display_resolution',
  display_res: 'display_resolution',
  resolution: 'display_resolution',
  chipset: 'chipset',
  ram_gb: 'ram_gb',
  ram: 'ram_gb',
  storage_gb: 'storage_gb',
  storage: 'storage_gb',
  internal: 'memory',
  rear_camera_mp: 'rear_camera_mp',
  camera: 'rear_camera_mp',
  main_camera: 'rear_camera_mp',
  front_camera_mp: 'front_camera_mp',
  selfie: 'front_camera_mp',
  selfie_camera: 'front_camera_mp',
  battery_mah: 'battery_mah',
  battery_type: 'battery_mah',
  battery: 'battery_mah',
  weight_g: 'weight_g',
  weight: 'weight_g',
  price: 'price',
  launch_price: 'price',
  price_currency: 'price_currency',
  currency: 'price_currency',
});

export function fieldOf(header: string): CatalogField | undefined {
  const key = header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return HEADER_ALIASES[key];
}

/** Cells that mean "not given". */
export const MISSING = new Set(['', 'na', 'n/a', '-', 'none', 'null', 'unknown', 'no']);

/** Plausible ranges: a value outside is a scraping error (a unit stripped with its decimals), not a spec. */
export const PLAUSIBLE: Readonly<Record<string, readonly [number, number]>> = Object.freeze({
  display_size_in: [1, 20],
  ram_gb: [0.001, 64],
  storage_gb: [0.001, 4000],
  rear_camera_mp: [0.1, 300],
  front_camera_mp: [0.1, 100],
  battery_mah: [100, 30000],
  weight_g: [10, 5000],
});
