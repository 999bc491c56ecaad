// Words that say what kind of evidence stands behind a claim. First match in scope wins, in this order.
import type { EvidenceKind } from '../../core/types.js';

export const EVIDENCE_CUES: readonly (readonly [EvidenceKind, readonly string[]])[] = Object.freeze([
  [
    'regulatory_filing',
    [
      'tenaa',
      'fcc',
      '3c certification',
      'certification',
      'certified',
      'regulator',
      'bluetooth sig',
      'wi-fi alliance',
      'nbtc',
      'bis ',
      'eec',
      'filing',
      'miit',
      'imda',
      'sirim',
      'anatel',
    ],
  ],
  ['benchmark', ['geekbench', 'antutu', 'gfxbench', 'benchmark', '3dmark']],
  [
    'retail_listing',
    [
      'retailer',
      'retail listing',
      'store listing',
      'online store',
      'amazon listing',
      'e-commerce',
      'carrier',
      'listing',
    ],
  ],
  ['analyst_note', ['analyst', 'research note', 'investor note', 'supply chain', 'trendforce', 'counterpoint']],
  ['render', ['render', 'cad ']],
  ['video', ['video', 'hands-on clip']],
  [
    'photo',
    [
      'photo',
      'images',
      'leaked image',
      'an image',
      'this image',
      'the image',
      'pictures',
      'live shot',
      'pictured',
      'snapshot',
    ],
  ],
  [
    'document',
    ['document', 'manual', 'slide', 'presentation', 'screenshot', 'firmware', 'source code', 'poster', 'teaser'],
  ],
  ['official', ['press release', 'official website', 'own website', 'official site', 'spec sheet']],
]);

/** Regulators and listing sites that are themselves the source of a claim ("spotted on TENAA"). */
export const REGULATORS: readonly string[] = Object.freeze([
  'TENAA',
  'Federal Communications Commission',
  'FCC',
  '3C',
  'EEC',
  'NBTC',
  'BIS',
  'MIIT',
  'IMDA',
  'SIRIM',
  'Anatel',
  'NCC',
  'Bluetooth SIG',
  'Wi-Fi Alliance',
  'Geekbench',
  'AnTuTu',
  'GFXBench',
]);

/** Regulators' full names, mapped to the short name articles usually credit. */
export const REGULATOR_SHORT_NAMES: Readonly<Record<string, string>> = Object.freeze({
  'Federal Communications Commission': 'FCC',
});
