// Cameras: "20.7MP", "20.7-megapixel", "13MP back camera", "8MP front-facing shooter".
// Rear means the main camera: ultrawide, telephoto, macro and depth sensors are skipped.
import { parseNumber } from '../util/numbers.js';
import { around, regexParser } from './regex-parser.js';

const FRONT = /\b(front|selfie|front-facing|facetime|under-display)\b/;
const REAR = /\b(rear|back|main|primary|wide|wide-angle|rear-camera|rear-facing|camera)\b/;
const SECONDARY = /^[\s-]{0,3}(?:\w+\s)?(ultra-?wide|telephoto|periscope|macro|depth|monochrome|zoom|tof|portrait)/;

export const camera = regexParser(
  'camera',
  'spec',
  /\b(\d{1,3}(?:\.\d)?)\s?-?\s?(?:MP|mp|megapixels?|Megapixels?|MPx?|M(?=\s(?:rear|main|primary|camera|sensor)))(?![A-Za-z])/g,
  (m, doc) => {
    const n = parseNumber(m[1] ?? '');
    if (n === null || n < 0.3 || n > 250) return null;
    const { pre, post } = around(doc, m, 20, 40);
    if (SECONDARY.test(post)) return null;
    const near = post.split(/\d+(?:\.\d)?\s?-?\s?(?:mp|megapixel)/)[0] ?? post;
    if (FRONT.test(near.slice(0, 30))) return { attribute: 'front_camera_mp', value: n };
    if (REAR.test(near.slice(0, 30))) return { attribute: 'rear_camera_mp', value: n };
    if (FRONT.test(pre.slice(-14))) return { attribute: 'front_camera_mp', value: n };
    return { attribute: 'rear_camera_mp', value: n };
  },
);
