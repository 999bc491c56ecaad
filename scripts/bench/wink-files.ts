// The wink-nlp side of `npm run bench:extract-files`: reads every file under the given folders (or
// the given files) and prints one JSON line per file with wink-nlp's entities, as
// `hearsay extract --jsonl` prints one line per file. Files are read one at a time. wink-nlp runs with
// the entities-only pipe (see wink.ts).
//
//   node --import tsx scripts/bench/wink-files.ts DIR|FILE...
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { makeWinkPass } from './wink.js';

function* walk(target: string): Generator<string> {
  if (!statSync(target).isDirectory()) {
    yield target;
    return;
  }
  for (const entry of readdirSync(target, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    yield* walk(path.join(target, entry.name));
  }
}

const targets = process.argv.slice(2);
if (targets.length === 0) {
  process.stderr.write('usage: wink-files.ts DIR|FILE...\n');
  process.exit(2);
}
const wink = makeWinkPass();
for (const target of targets) {
  for (const file of walk(target)) {
    const entities = wink(readFileSync(file, 'utf8'));
    process.stdout.write(`${JSON.stringify({ file, entities })}\n`);
  }
}
