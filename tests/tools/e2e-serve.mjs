#!/usr/bin/env node
// The browser tests' web server. It builds the current tree into dist/ and serves it on :4321, and
// a second build made with BASE_PATH=/handbook/ under /handbook/ on :4322, and both on one origin on
// :4323 (root at /, the copy at /handbook/), all with the headers
// from public/_headers applied. It always builds, so the tests never run against a stale dist/.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { startMounts, startServer } from './serve.mjs';

const root = resolve(import.meta.dirname, '../..');
const astro = resolve(root, 'node_modules/astro/bin/astro.mjs');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const subDir = resolve(root, 'tests/.output/dist-handbook');

console.log('Building the site…');
execFileSync(process.execPath, [astro, 'build'], { cwd: root, stdio: 'inherit', env });
console.log('Building the site under /handbook/ …');
execFileSync(process.execPath, [astro, 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...env, BASE_PATH: '/handbook/', OUT_DIR: subDir },
});

await startServer(resolve(root, 'dist'), '/', Number(process.env.PORT ?? 4321));
await startServer(subDir, '/handbook/', Number(process.env.SUBPATH_PORT ?? 4322));
// Both copies on one origin, as a site that deploys the handbook twice would have them.
await startMounts(
  [
    { dir: resolve(root, 'dist'), base: '/' },
    { dir: subDir, base: '/handbook/' },
  ],
  Number(process.env.SHARED_PORT ?? 4323),
);
