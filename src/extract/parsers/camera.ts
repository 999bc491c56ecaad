// Cameras: "20.7MP", "20.7-megapixel", "13MP back camera", "8MP front-facing shooter".
// Rear means the main camera: ultrawide, telephoto, macro and depth sensors are skipped.
import { parseNumber } from '../util/numbers.js';
import { around, regexParser } from './regex-parser.js';

const FRONT = /\b(front|selfie|front-facing|facetime|under-display)\b/;
// Words that only ever mean the rear camera ("camera" alone is either; it defaults to rear).
const REAR_STRICT = /\b(rear|back|main|primary|wide|wide-angle|rear-camera|rear-facing)\b/;
const SECONDARY = /^[\s-]{0,3}(?:\w+\s)?(ultra-?wide|telephoto|periscope|macro|depth|monochrome|zoom|tof|portrait)/;

export const camera = regexParser(
  'camera',
  'spec',
  /\b(\d{1,3}(?:\.\d)?)\s?-?\s?(?:MP|mp|megapixels?|Megapixels?|MPx?|M(?=\s(?:rear|main|primary|camera|sensor)))(?![A-Za-z])/g,
  (m, doc) => {
    const n = parseNumber(m[1] ?? '');
    if (n === null || n < 0.3 || n > 250) return null;
    const { pre, post } = around(doc, m, 50, 40);
    if (SECONDARY.test(post)) return null;
    // The nearest cue word wins, before or after the value, within its sentence and not past another value.
    // Cue words count only inside the value's own phrase: not past a comma, "and" or another value.
    const CLAUSE = /\b\d{1,4}(?:\.\d)?\s?-?\s?(?:mp|megapixels?)|[.;,]\s|\s(?:and|but|while|whereas)\s/;
    const after = (post.split(CLAUSE)[0] ?? post).slice(0, 30);
    const before = (pre.split(CLAUSE).pop() ?? '').slice(-48);
    const cue = (re: RegExp, side: string, fromEnd: boolean): number => {
      const all = [...side.matchAll(new RegExp(re.source, 'g'))];
      if (all.length === 0) return Infinity;
      const hit = fromEnd ? all[all.length - 1]! : all[0]!;
      return fromEnd ? side.length - (hit.index ?? 0) : (hit.index ?? 0);
    };
    const front = Math.min(cue(FRONT, after, false), cue(FRONT, before, true));
    const rear = Math.min(cue(REAR_STRICT, after, false), cue(REAR_STRICT, before, true));
    if (front < rear) return { attribute: 'front_camera_mp', value: n };
    return { attribute: 'rear_camera_mp', value: n };
  },
  { hints: ['mp', 'megapixel', 'm '], digitFirst: true },
);
