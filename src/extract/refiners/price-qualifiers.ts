// The variant or market a price applies to: "Rs 17,999 for the 6GB/128GB model" → "6GB/128GB",
// "the 256GB version costs $899" → "256GB", "$179.99 in the U.S." → "US".
import type { Component } from '../component.js';
import type { PriceValue } from '../parsers/price.js';

const VARIANT_AFTER =
  /^\s?(?:for|on)\s(?:the\s|a\s|its\s)?([\w/+.-]{2,24})\s(?:model|variant|version|edition|configuration|option|trim|SKU)\b/i;
const VARIANT_BEFORE =
  /\b([\w/+.-]{2,24})\s(?:model|variant|version|edition|configuration|option)\s(?:is\s|will\s|would\s|could\s|should\s)?(?:rumou?red\sto\s|said\sto\s|expected\sto\s|tipped\sto\s|set\sto\s|going\sto\s)?(?:costs?|priced\sat|go\sfor|goes\sfor|sells?\sfor|starts?\sat|at|for)\s?$/i;
const MARKETS: Readonly<Record<string, string>> = {
  us: 'US',
  'u.s': 'US',
  'u.s.': 'US',
  usa: 'US',
  uk: 'UK',
  'u.k.': 'UK',
  'u.k': 'UK',
  india: 'India',
  china: 'China',
  europe: 'Europe',
  japan: 'Japan',
  korea: 'Korea',
  'south korea': 'Korea',
  australia: 'Australia',
  canada: 'Canada',
  brazil: 'Brazil',
  germany: 'Germany',
};
const MARKET_AFTER =
  /^\s?in\s(?:the\s)?(US|U\.S\.?|USA|UK|U\.K\.?|India|China|Europe|Japan|South\sKorea|Korea|Australia|Canada|Brazil|Germany)\b/;

export const priceQualifiers: Component = {
  name: 'price-qualifiers',
  kind: 'refiner',
  requires: ['price'],
  assigns: ['price'],
  run(doc) {
    for (const p of doc.layer<PriceValue>('price')) {
      if (!p.value || p.value.qualifier) continue;
      const after = doc.text.slice(p.end, p.end + 50);
      const before = doc.text.slice(Math.max(0, p.start - 60), p.start);
      const variant = VARIANT_AFTER.exec(after)?.[1] ?? VARIANT_BEFORE.exec(before)?.[1];
      const market = MARKET_AFTER.exec(after)?.[1];
      const qualifier =
        variant && /\d|wi-?fi|lte|cellular|5g/i.test(variant)
          ? variant
          : market
            ? MARKETS[market.toLowerCase()]
            : undefined;
      if (qualifier) {
        p.value.qualifier = qualifier;
        p.by.push('refiners/price-qualifiers');
      }
    }
  },
};
