#!/usr/bin/env node
// Scale check: builds the handbook with N extra generated guides (default 1,000, about 900 words
// each) and, for comparison, a plain Astro + MDX site with the same guides and no layout.
// Prints build times and the largest guide page's gzip HTML; fails if a guide page is over 10 KB gzip.
// usage: node tests/tools/scale.mjs [N=1000]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const N = Number(process.argv[2] ?? 1000);
const root = resolve(import.meta.dirname, '../..');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const LIMIT = 10 * 1024;

const WORDS = 'mentor mentee charter advocacy feedback rhythm review trust candour goal milestone practice question session network introduction reflection growth experiment boundary'.split(' ');
function guide(i) {
  let seed = i * 7919;
  const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const sentence = () => Array.from({ length: 12 }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' ') + '.';
  const para = () => Array.from({ length: 6 }, sentence).join(' ');
  const sections = Array.from({ length: 6 }, (_, s) => `## Section ${s + 1}\n\n${para()}\n\n${para()}`).join('\n\n');
  return `---\ntitle: Generated guide ${i}\ndescription: A generated guide used to measure how the build scales.\naudience: [${['mentor', 'mentee', 'coordinator'][i % 3]}]\ntopic: Generated topic ${i % 12}\norder: ${1000 + i}\nupdated: 2026-01-01\n---\n\n${para()}\n\n${sections}\n`;
}

function linkModules(dir) {
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(name)) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
}

function build(dir) {
  const t = process.hrtime.bigint();
  const log = execFileSync(process.execPath, [astro, 'build'], { cwd: dir, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
  const indexing = /Indexed \d+ pages for search in ([\d.]+) s/.exec(log)?.[1];
  return { seconds: Number(process.hrtime.bigint() - t) / 1e9, indexing: indexing ? Number(indexing) : null };
}

const work = mkdtempSync(join(tmpdir(), 'tandem-scale-'));
try {
  // The handbook with N generated guides.
  const hand = join(work, 'tandem');
  mkdirSync(hand);
  for (const e of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, e), join(hand, e), { recursive: true });
  for (let i = 0; i < N; i++) writeFileSync(join(hand, 'content/guides', `generated-${i}.mdx`), guide(i));
  linkModules(hand);

  // Plain Astro: the same guides, one bare page each.
  const plain = join(work, 'plain');
  mkdirSync(join(plain, 'src/pages'), { recursive: true });
  mkdirSync(join(plain, 'content/guides'), { recursive: true });
  for (let i = 0; i < N; i++) writeFileSync(join(plain, 'content/guides', `generated-${i}.mdx`), guide(i));
  writeFileSync(join(plain, 'package.json'), '{"type":"module"}');
  writeFileSync(join(plain, 'astro.config.mjs'), "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()], markdown: { syntaxHighlight: false } };\n");
  writeFileSync(join(plain, 'src/content.config.ts'), "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { guides: defineCollection({ loader: glob({ base: './content/guides', pattern: '**/*.mdx' }) }) };\n");
  writeFileSync(join(plain, 'src/pages/[slug].astro'), "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('guides')).map((g) => ({ params: { slug: g.id }, props: { g } })); }\nconst { Content } = await render(Astro.props.g);\n---\n<html><head><title>{Astro.props.g.data.title}</title></head><body><Content /></body></html>\n");
  linkModules(plain);

  const plainSeconds = build(plain).seconds;
  const { seconds: handSeconds, indexing } = build(hand);

  const dir = join(hand, 'dist/guides');
  let largest = { page: '', gz: 0 };
  for (const slug of readdirSync(dir)) {
    if (slug === 'for' || slug === 'index.html') continue;
    const gz = gzipSync(readFileSync(join(dir, slug, 'index.html'))).length;
    if (gz > largest.gz) largest = { page: `/guides/${slug}/`, gz };
  }
  const pages = readdirSync(dir).length;
  console.log(`Guides built:              ${pages - 2} (${N} generated)`);
  console.log(`Plain Astro + MDX build:   ${plainSeconds.toFixed(1)} s`);
  console.log(`Tandem build (+ search):   ${handSeconds.toFixed(1)} s (${(handSeconds / plainSeconds).toFixed(2)}× plain)`);
  if (indexing !== null) {
    const pages = handSeconds - indexing;
    console.log(`  of which search index:   ${indexing.toFixed(1)} s; pages alone ${pages.toFixed(1)} s (${(pages / plainSeconds).toFixed(2)}× plain)`);
  }
  console.log(`Largest guide page:        ${(largest.gz / 1024).toFixed(1)} KB gzip (${largest.page})`);
  if (largest.gz > LIMIT) {
    console.error(`A guide page is over ${LIMIT / 1024} KB gzip.`);
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
