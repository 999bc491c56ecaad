// How close a claimed number must be to the official one, per attribute: within `right` it is right,
// within `partly` it is partly right, beyond it wrong. A bound is the larger of an absolute and a relative
// margin. Chosen so rounding ("5,000mAh" for 4,980) is right and a near miss (5,000 for 5,050) is partly.
// Data only.

export interface Margin {
  abs?: number;
  rel?: number;
}

export interface NumericTolerance {
  right: Margin;
  /** null: there is no "nearly" for this attribute (a core count is right or wrong). */
  partly: Margin | null;
}

export const NUMERIC_TOLERANCES: Readonly<Record<string, NumericTolerance>> = Object.freeze({
  display_size_in: { right: { abs: 0.05 }, partly: { abs: 0.2 } },
  cpu_cores: { right: { abs: 0 }, partly: null },
  cpu_clock_ghz: { right: { abs: 0.05 }, partly: { rel: 0.1 } },
  ram_gb: { right: { abs: 0 }, partly: null },
  storage_gb: { right: { abs: 0 }, partly: null },
  rear_camera_mp: { right: { rel: 0.02 }, partly: { rel: 0.25 } },
  front_camera_mp: { right: { rel: 0.02 }, partly: { rel: 0.25 } },
  battery_mah: { right: { rel: 0.005 }, partly: { rel: 0.05 } },
  weight_g: { right: { abs: 1, rel: 0.01 }, partly: { rel: 0.05 } },
  thickness_mm: { right: { abs: 0.05 }, partly: { abs: 0.3 } },
  charging_w: { right: { rel: 0.01 }, partly: { rel: 0.2 } },
  refresh_rate_hz: { right: { abs: 0 }, partly: null },
});

/** Any other numeric attribute: exact (up to float noise) or wrong. */
export const DEFAULT_TOLERANCE: NumericTolerance = { right: { rel: 1e-9 }, partly: null };

/** A price in the official value's own currency: rounding (999 for 999.99) is right, within 10% partly. */
export const SAME_CURRENCY_PRICE: NumericTolerance = { right: { rel: 0.02 }, partly: { rel: 0.1 } };
/** A price converted at the claim's date: exchange rates move, so within 10% is right, 20% partly. */
export const CONVERTED_PRICE: NumericTolerance = { right: { rel: 0.1 }, partly: { rel: 0.2 } };

export function within(claimed: number, official: number, margin: Margin): boolean {
  const bound = Math.max(margin.abs ?? 0, (margin.rel ?? 0) * Math.abs(official));
  // A tiny epsilon so 0.1 + 0.2 style float noise never flips an exact match.
  return Math.abs(claimed - official) <= bound + 1e-9 * Math.max(1, Math.abs(official));
}
