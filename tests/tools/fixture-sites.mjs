#!/usr/bin/env node
// The test handbook (tests/fixtures/content/) built in other languages, for the browser tests of the
// interface in other languages, each into tests/.output/dist-<name>:
// - bilingual: English and French (languages: [en-GB, fr]), with two guides, a checklist and the
//   charter translated (tests/fixtures/bilingual/fr/), the rest shown in English with a notice;
// - pseudo: languages: [en-XA], every interface string accented and 40% longer, so a word left in
//   English in the code shows up, and so does text that overflows;
// - rtl: languages: [ar-XB], an interface written right to left.
// usage: node tests/tools/fixture-sites.mjs [name …]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'tests/fixtures/content');

/** The fixture sites, by name: the languages they are built in and what is added to the fixture's content/. */
export const FIXTURE_SITES = {
  bilingual: { languages: ['en-GB', 'fr'], extra: { fr: join(ROOT, 'tests/fixtures/bilingual/fr') } },
  pseudo: { languages: ['en-XA'], extra: {} },
  rtl: { languages: ['ar-XB'], extra: {} },
};

export const fixtureDist = (name) => join(ROOT, 'tests/.output', `dist-${name}`);

/** Builds one fixture site in a throwaway copy of the project; returns its folder. */
export function buildFixtureSite(name, { stdio = 'inherit' } = {}) {
  const site = FIXTURE_SITES[name];
  const dir = mkdtempSync(join(tmpdir(), `tandem-${name}-`));
  try {
    for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    cpSync(FIXTURE, join(dir, 'content'), { recursive: true });
    for (const [to, from] of Object.entries(site.extra)) cpSync(from, join(dir, 'content', to), { recursive: true });
    // The tool pages link to the guide on power and safety by its shipped name: the fixture's safety guide takes it.
    renameSync(join(dir, 'content/guides/harbour-safety.mdx'), join(dir, 'content/guides/power-and-safety.mdx'));
    for (const f of readdirSync(join(dir, 'content'), { recursive: true })) {
      const path = join(dir, 'content', String(f));
      if (!/\.(ya?ml|mdx)$/.test(path)) continue;
      const text = readFileSync(path, 'utf8');
      if (text.includes('harbour-safety')) writeFileSync(path, text.replaceAll('harbour-safety', 'power-and-safety'));
    }
    const program = join(dir, 'content/program.yaml');
    writeFileSync(program, `${readFileSync(program, 'utf8').replace(/^lang:.*\n/m, '')}\nlanguages: [${site.languages.join(', ')}]\n`);
    // A node_modules of links, so the copy's Astro cache stays inside it.
    mkdirSync(join(dir, 'node_modules'));
    for (const m of readdirSync(join(ROOT, 'node_modules'))) if (!['.astro', '.cache', '.vite'].includes(m)) symlinkSync(join(ROOT, 'node_modules', m), join(dir, 'node_modules', m));
    const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: fixtureDist(name) };
    for (const n of Object.keys(env)) if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'BASE_PATH'].includes(n) || n.startsWith('VITEST')) delete env[n];
    rmSync(fixtureDist(name), { recursive: true, force: true });
    execFileSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, stdio, env });
    if (!existsSync(join(fixtureDist(name), 'index.html'))) throw new Error(`The ${name} site was not built.`);
    return fixtureDist(name);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Builds the fixture sites (all, or those named). */
export function buildFixtureSites(names = Object.keys(FIXTURE_SITES), options = {}) {
  const started = Date.now();
  for (const name of names) {
    console.log(`Building the ${name} test site…`);
    buildFixtureSite(name, options);
  }
  console.log(`Built ${names.length} test site${names.length === 1 ? '' : 's'} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildFixtureSites(process.argv.length > 2 ? process.argv.slice(2) : undefined);
