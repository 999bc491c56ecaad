// Chipsets, maker's prefix dropped: "Snapdragon 800", "MSM8974AB", "Exynos 2400", "Dimensity 9300",
// "Helio P60", "A17 Pro", "Tensor G3", "Kirin 9000".
import { regexParser } from './regex-parser.js';

export const chipset = regexParser(
  'chipset',
  'spec',
  /\b(?:(?:Qualcomm|Samsung|MediaTek|Mediatek|Apple|Google|HiSilicon|Huawei|Unisoc|Nvidia|NVIDIA)\s)?(Snapdragon\s(?:W\d\+?\sGen\s\d|\d{3}(?:\+|\sPlus)?|\d\+?\s?Gen\s?\d(?:\s(?:Elite|Leading Version))?|\d\+?s?\sGen\s\d|8\s?Elite|S\d(?:\sPro|\sPlus)?|X\d+\s?(?:Elite|Plus)?)|MSM\d{4}(?:-?[A-Z]{1,3})?|SDM\d{3}|Exynos\s(?:[A-Z]?\d{3,4}|\d(?:\s(?:Octa|Quad|Dual))?)|Dimensity\s\d{3,4}\+?(?:\s(?:Ultra|Plus|Pro))?|Ryzen\s(?:Z\d|\d)(?:\s(?:Extreme|\d{4}[A-Z]{0,2}))?|Core\sUltra\s\d\s\d{3}[A-Z]{0,2}|Helio\s[A-Z]\d{2,3}[A-Z]?|A\d{1,2}\s(?:Bionic|Pro|Fusion)|[AMST]\d{1,3}(?=\s(?:chip|chipset|processor|SoC)\b)|M\d\s(?:Pro|Max|Ultra)|Tensor(?:\sG\d)?|Kirin\s\d{3,4}[A-Z]?|Tegra\s(?:X\d|K1|\d)|Unisoc\sT\d{3})(?![\w+])/g,
  (m) => {
    const name = (m[1] ?? '').replace(/\s+/g, ' ');
    if (name === 'Tensor' && !/Google/.test(m[0])) return null;
    return { attribute: 'chipset', value: name };
  },
);
