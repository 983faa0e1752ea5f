#!/usr/bin/env node
// The browser tests' web server. It serves dist/ on :4321, the build made with BASE_PATH=/handbook/
// under /handbook/ on :4322, and both on one origin on :4323 (root at /, the copy at /handbook/),
// all with the headers from public/_headers applied; then the test handbook in other languages
// (bilingual, pseudo, rtl) on the next ports.
// It first builds both (tests/tools/build-sites.mjs), so the tests never run against a stale dist/,
// unless TANDEM_BUILT=1 says they were just built: then it serves what is there.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, SUBPATH_DIST, buildSites } from './build-sites.mjs';
import { startMounts, startServer } from './serve.mjs';
import { FIXTURE_SITES, fixtureDist } from './fixture-sites.mjs';

if (process.env.TANDEM_BUILT === '1') {
  for (const dir of [DIST, SUBPATH_DIST, ...Object.keys(FIXTURE_SITES).map(fixtureDist)]) {
    if (!existsSync(join(dir, 'index.html'))) {
      console.error(`TANDEM_BUILT=1 but ${dir} has no build: run \`node tests/tools/build-sites.mjs\` first.`);
      process.exit(1);
    }
  }
} else {
  buildSites();
}

await startServer(DIST, '/', Number(process.env.PORT ?? 4321));
await startServer(SUBPATH_DIST, '/handbook/', Number(process.env.SUBPATH_PORT ?? 4322));
// Both copies on one origin, as a site that deploys the handbook twice would have them.
await startMounts(
  [
    { dir: DIST, base: '/' },
    { dir: SUBPATH_DIST, base: '/handbook/' },
  ],
  Number(process.env.SHARED_PORT ?? 4323),
);

// The test handbook in other languages, each on its own port after these (tests/e2e/languages.spec.ts).
let port = Number(process.env.FIXTURE_PORT ?? Number(process.env.SHARED_PORT ?? 4323) + 1);
for (const name of Object.keys(FIXTURE_SITES)) await startServer(fixtureDist(name), '/', port++);
