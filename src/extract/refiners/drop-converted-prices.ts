// A conversion the writer adds ("CNY 3,500 (around $520)", "S$784 (RM2010)", "which translates to Rs
// 35,907") is not a claim. Prices joined by "/" in different currencies are regional prices instead,
// each qualified by its market.
import type { Component } from '../component.js';
import { CURRENCY_MARKET } from '../lexicon/currencies.js';
import type { PriceValue } from '../parsers/price.js';

const CONVERSION_BETWEEN =
  /^\s?(?:\(|\[)\s?(?:approx\.?|approximately|about|around|roughly|~|or|i\.e\.|equivalent to|converts? to)?\s?$|^[^.()]{0,40}?\b(?:translates?\sto|converts?\sto|convert(?:ed|ing)?|equivalent|works out|which is|that's|that is|or about|or around|or roughly|roughly|approximately|approx)\b[^.()]{0,12}$/i;

export const dropConvertedPrices: Component = {
  name: 'drop-converted-prices',
  kind: 'refiner',
  requires: ['price'],
  assigns: ['price'],
  run(doc, ctx) {
    const prices = doc.layer<PriceValue>('price');
    // A conversion runs on through a list: "3,600 yuan (around $590, AU$640)" converts twice.
    let converting = false;
    const kept = prices.filter((p, k) => {
      const prev = prices[k - 1];
      if (!prev) return true;
      const between = doc.text.slice(prev.end, p.start);
      if (between.length > 60) {
        converting = false;
        return true;
      }
      const differentCurrency = prev.value?.value.currency !== p.value?.value.currency;
      const continuesList = converting && /^\s?(?:,|\/|or|and)\s?$/.test(between);
      if ((differentCurrency && CONVERSION_BETWEEN.test(between)) || continuesList) {
        converting = true;
        ctx.debug(() => `drop-converted-prices dropped «${doc.slice(p)}» (a conversion of «${doc.slice(prev)}»)`);
        return false;
      }
      converting = false;
      return true;
    });
    // "$250 / AU$270": regional prices of one story, qualified by market.
    for (let k = 0; k + 1 < kept.length; k++) {
      const a = kept[k]!;
      const b = kept[k + 1]!;
      if (!/^\s?(?:\/|,|or|and)\s?$/.test(doc.text.slice(a.end, b.start))) continue;
      if (a.value?.value.currency === b.value?.value.currency) continue;
      for (const p of [a, b]) {
        if (p.value && !p.value.qualifier) p.value.qualifier = CURRENCY_MARKET[p.value.value.currency] ?? null;
        if (!p.by.includes('refiners/drop-converted-prices')) p.by.push('refiners/drop-converted-prices');
      }
    }
    doc.setLayer('price', kept);
  },
};
