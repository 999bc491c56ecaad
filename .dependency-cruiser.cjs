// The import direction of hearsay (docs/architecture.md): flow is left to right,
//   core ← ingest, extract ← db ← ledger ← consensus ← grade ← app ← surfaces (api, web, worker) ← server ← cli
// (src/server composes the surfaces into one HTTP server; only the CLI starts it)
// and a folder may import only the folders listed for it. `npm run lint` and
// test/architecture.test.ts both run these rules.
//
// Unit tests beside the code (src/**/*.test.ts) are exempt from the layer rules (a test may
// read a page through ingest, or use test/helpers); they are still checked for cycles.

const TEST = '\\.test\\.ts$';

/** A rule: files under `from` may import, inside src/, only the folders in `allowed`. */
function only(name, from, allowed, comment) {
  return {
    name,
    comment,
    severity: 'error',
    from: { path: from, pathNot: TEST },
    to: { path: '^src/', pathNot: `^src/(${allowed.join('|')})` },
  };
}

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Cycles hide the direction of the pipeline; break them by moving the shared piece down to core.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    only(
      'core-imports-nothing',
      '^src/core/',
      ['core/'],
      'src/core is the shared vocabulary: it imports nothing else in src.',
    ),
    only('config-only-core', '^src/config\\.ts$', ['core/', 'config\\.ts$'], 'config imports core only.'),
    only('ingest-only-core', '^src/ingest/', ['core/', 'ingest/'], 'ingest imports core only.'),
    only(
      'extract-only-core',
      '^src/extract/',
      ['core/', 'extract/'],
      'extract is pure: it imports core only (the Article type it reads lives in core).',
    ),
    only('db-only-core-config', '^src/db/', ['core/', 'config\\.ts$', 'db/'], 'db imports core and config only.'),
    only(
      'ledger-direction',
      '^src/ledger/',
      ['core/', 'config\\.ts$', 'db/', 'ingest/', 'extract/', 'ledger/'],
      'ledger records what ingest and extract produce.',
    ),
    only(
      'consensus-direction',
      '^src/consensus/',
      ['core/', 'config\\.ts$', 'db/', 'ledger/', 'consensus/'],
      'consensus reads the ledger.',
    ),
    only(
      'grade-direction',
      '^src/grade/',
      ['core/', 'config\\.ts$', 'db/', 'ledger/', 'consensus/', 'grade/'],
      'grade reads the ledger and consensus.',
    ),
    {
      name: 'stages-never-import-surfaces',
      comment: 'Stages and the composition root never reach into a surface (cli, api, web, worker, server).',
      severity: 'error',
      from: { path: '^src/(?!cli/|api/|web/|worker/|server/)', pathNot: TEST },
      to: { path: '^src/(cli|api|web|worker|server)/' },
    },
    only(
      'server-composes-surfaces',
      '^src/server/',
      ['core/', 'config\\.ts$', 'app/', 'api/', 'web/', 'server/'],
      'src/server is the composition root of the surfaces: it mounts api and web on one Fastify instance.',
    ),
    {
      name: 'only-cli-starts-the-server',
      comment: 'Only the CLI (and tests, scripts) import src/server; a surface importing it would import its siblings.',
      severity: 'error',
      from: { path: '^src/(?!cli/|server/)', pathNot: TEST },
      to: { path: '^src/server/' },
    },
    {
      name: 'cli-not-other-surfaces',
      severity: 'error',
      from: { path: '^src/cli/', pathNot: TEST },
      to: { path: '^src/(api|web|worker)/' },
    },
    {
      name: 'api-not-other-surfaces',
      severity: 'error',
      from: { path: '^src/api/', pathNot: TEST },
      to: { path: '^src/(cli|web|worker)/' },
    },
    {
      name: 'web-not-other-surfaces',
      comment: 'The web UI may call the API over HTTP, never import it.',
      severity: 'error',
      from: { path: '^src/web/', pathNot: TEST },
      to: { path: '^src/(cli|api|worker)/' },
    },
    {
      name: 'src-not-to-scripts-or-tests',
      comment: 'scripts/ and test/ may import src/, never the other way round (unit tests may use test/helpers).',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST },
      to: { path: '^(scripts|test|bin)/' },
    },
    {
      name: 'src-tests-not-to-scripts',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(scripts|bin)/' },
    },
    {
      name: 'src-not-to-dev-deps',
      comment: 'Shipped code may not depend on devDependencies (they are absent after `npm install --omit=dev`).',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that cannot be resolved is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^bench-data/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
