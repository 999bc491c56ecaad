// One key per publication, whichever way an article writes it: "The Verge", "theverge.com",
// "Verge", "https://www.theverge.com/2024/…" and "THE VERGE" all key to "verge".

const SCHEME = /^[a-z][a-z0-9+.-]{0,15}:\/\//;
/** A bare host, possibly with a path: no spaces, at least one dot, a letter-only last label. */
const HOST = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,24}(?=$|[/?#:])/u;
const HOST_PREFIX = /^(?:www\d?|m|amp|mobile)\./;
/** Second-level labels under a country code ("co.uk", "com.au"): not the publication's name. */
const GENERIC_SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'ne', 'or', 'ac', 'gov', 'edu']);
const MARKS = /\p{M}/gu;
const NOT_KEY = /[^\p{L}\p{N}]+/gu;

/** "news.theverge.co.uk/x" → "theverge": the label a publication registered. */
function registeredLabel(host: string): string {
  const labels = host.replace(HOST_PREFIX, '').split('.');
  labels.pop();
  const last = labels[labels.length - 1];
  if (labels.length > 1 && last !== undefined && GENERIC_SECOND_LEVEL.has(last)) labels.pop();
  return labels[labels.length - 1] ?? '';
}

/**
 * A comparison key for a publication's name: case, accents, spacing, punctuation, a leading
 * "the", a URL's scheme, "www." and domain suffix are all ignored; "&" reads as "and".
 * Stripping "the" from the squashed key (not only as a word) is what makes "theverge.com" meet
 * "The Verge"; a name that merely begins with "the" loses it on every spelling alike.
 */
export function normalisePublisher(name: string): string {
  let s = name.normalize('NFKD').replace(MARKS, '').toLowerCase().trim();
  s = s.replace(SCHEME, '');
  if (!/\s/.test(s)) {
    const host = HOST.exec(s);
    if (host) s = registeredLabel(host[0]);
  }
  const key = s.replace(/&/g, 'and').replace(NOT_KEY, '');
  return key.startsWith('the') && key.length > 4 ? key.slice(3) : key;
}
