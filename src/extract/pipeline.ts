// The extraction pipeline, in order: parsers propose spans, refiners merge, resolve and filter them,
// the last one assembles claims. The order is checked once, at start-up.
import type { Component } from './component.js';
import type { LayerName } from './doc.js';
import { battery } from './parsers/battery.js';
import { thickness, waterResistance, weight } from './parsers/body.js';
import { camera } from './parsers/camera.js';
import { charging } from './parsers/charging.js';
import { chipset } from './parsers/chipset.js';
import { colors } from './parsers/colors.js';
import { cpuClock, cpuCores } from './parsers/cpu.js';
import { deviceNames } from './parsers/device-name.js';
import { displaySize, refreshRate } from './parsers/display.js';
import { evidenceCues } from './parsers/evidence.js';
import { hedges } from './parsers/hedge.js';
import { memory } from './parsers/memory.js';
import { codename, modelNumber } from './parsers/model-number.js';
import { operatingSystem } from './parsers/os.js';
import { prices } from './parsers/price.js';
import { releaseWindows } from './parsers/release-window.js';
import { resolutionNamed, resolutionPair } from './parsers/resolution.js';
import { sentences } from './parsers/sentences.js';
import { sourceCredits } from './parsers/source-credit.js';
import { viaLine } from './parsers/via-line.js';
import { assembleClaims } from './refiners/assemble-claims.js';
import { attachDevice } from './refiners/attach-device.js';
import { attachSource } from './refiners/attach-source.js';
import { dateKind } from './refiners/date-kind.js';
import { dropAlternatives } from './refiners/drop-alternatives.js';
import { dropConvertedPrices } from './refiners/drop-converted-prices.js';
import { dropGenericStatements } from './refiners/drop-generic-statements.js';
import { mergeChipsetAliases } from './refiners/merge-chipset-aliases.js';
import { priceQualifiers } from './refiners/price-qualifiers.js';
import { removeOverlaps } from './refiners/remove-overlaps.js';
import { resolveDevices } from './refiners/resolve-devices.js';
import { scopeHedges } from './refiners/scope-hedges.js';

export const pipeline: readonly Component[] = Object.freeze([
  sentences,
  deviceNames,
  prices,
  releaseWindows,
  displaySize,
  refreshRate,
  resolutionPair,
  resolutionNamed,
  chipset,
  cpuCores,
  cpuClock,
  memory,
  camera,
  battery,
  operatingSystem,
  weight,
  thickness,
  waterResistance,
  charging,
  colors,
  modelNumber,
  codename,
  sourceCredits,
  evidenceCues,
  hedges,
  viaLine,
  removeOverlaps,
  mergeChipsetAliases,
  dropConvertedPrices,
  priceQualifiers,
  dateKind,
  resolveDevices,
  attachDevice,
  dropGenericStatements,
  dropAlternatives,
  attachSource,
  scopeHedges,
  assembleClaims,
]);

export class PipelineOrderError extends Error {
  override name = 'PipelineOrderError' as const;
}

/** Every layer a component requires must be assigned by an earlier one; parsers come before refiners. */
export function assertPipelineOrder(components: readonly Component[]): void {
  const assigned = new Set<LayerName>();
  let seenRefiner = false;
  for (const c of components) {
    if (c.kind === 'refiner') seenRefiner = true;
    else if (seenRefiner) throw new PipelineOrderError(`extract: parser ${c.name} comes after a refiner`);
    for (const layer of c.requires) {
      if (!assigned.has(layer))
        throw new PipelineOrderError(
          `extract: ${c.name} requires layer "${layer}", which no earlier component assigns`,
        );
    }
    for (const layer of c.assigns) assigned.add(layer);
  }
}

assertPipelineOrder(pipeline);
