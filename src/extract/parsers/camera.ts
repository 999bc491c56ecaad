// Cameras: "20.7MP", "20.7-megapixel", "13MP back camera", "8MP front-facing shooter".
// Rear means the main camera: ultrawide, telephoto, macro and depth sensors are skipped.
import { parseNumber } from '../util/numbers.js';
import { around, regexParser } from './regex-parser.js';

const FRONT = /\b(front|selfie|front-facing|facetime|under-display)\b/;
// Words that only ever mean the rear camera ("camera" alone is either; it defaults to rear).
const REAR_STRICT = /\b(rear|back|main|primary|wide|wide-angle|rear-camera|rear-facing)\b/;
// Global copies (same sources) to walk the cue words without building a pattern per value.
const FRONT_ALL = new RegExp(FRONT.source, 'g');
const REAR_ALL = new RegExp(REAR_STRICT.source, 'g');

/** Distance from the start of `side` to the first cue word, Infinity when none. */
function firstCue(re: RegExp, side: string): number {
  re.lastIndex = 0;
  const hit = re.exec(side);
  re.lastIndex = 0;
  return hit ? hit.index : Infinity;
}

/** Distance from the start of the last cue word to the end of `side`, Infinity when none. */
function lastCue(re: RegExp, side: string): number {
  re.lastIndex = 0;
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(side)) !== null) last = m.index;
  re.lastIndex = 0;
  return last < 0 ? Infinity : side.length - last;
}

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
    const front = Math.min(firstCue(FRONT_ALL, after), lastCue(FRONT_ALL, before));
    const rear = Math.min(firstCue(REAR_ALL, after), lastCue(REAR_ALL, before));
    if (front < rear) return { attribute: 'front_camera_mp', value: n };
    return { attribute: 'rear_camera_mp', value: n };
  },
  { hints: ['mp', 'megapixel', 'm '], digitFirst: true },
);
