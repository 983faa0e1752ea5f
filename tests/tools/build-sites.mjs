#!/usr/bin/env node
// Builds the site once for every check that reads or serves it: dist/ (served at /) and a second
// build made with BASE_PATH=/handbook/ in tests/.output/dist-handbook. The browser tests, the
// checks of the built pages (tests/build) and the budget all read these two builds. Then the test
// handbook's sites in other languages (tests/tools/fixture-sites.mjs), for the browser tests.
// usage: node tests/tools/build-sites.mjs
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFixtureSites } from './fixture-sites.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = resolve(ROOT, 'dist');
export const SUBPATH_DIST = resolve(ROOT, 'tests/.output/dist-handbook');

const astro = resolve(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Builds the current tree into dist/ and, under /handbook/, into tests/.output/dist-handbook. */
export function buildSites({ stdio = 'inherit' } = {}) {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  // A test runner's own settings (Vitest sets BASE_URL, MODE and NODE_ENV=test) would change the build.
  for (const name of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(name) || name.startsWith('VITEST')) delete env[name];
  }
  const started = Date.now();
  console.log('Building the site…');
  execFileSync(process.execPath, [astro, 'build'], { cwd: ROOT, stdio, env });
  console.log('Building the site under /handbook/ …');
  execFileSync(process.execPath, [astro, 'build'], { cwd: ROOT, stdio, env: { ...env, BASE_PATH: '/handbook/', OUT_DIR: SUBPATH_DIST } });
  console.log(`Built both sites in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  // The test handbook in French and English, in the pseudo-language and right to left (tests/e2e/languages.spec.ts).
  buildFixtureSites(undefined, { stdio });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildSites();
