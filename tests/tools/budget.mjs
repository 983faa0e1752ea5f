#!/usr/bin/env node
// Performance budget: for every built page, the JavaScript and CSS it loads on first view
// (files with their static imports, island components and renderers, inline scripts and styles),
// as a count, raw bytes and gzip bytes. Fails when a page breaks its budget.
// usage: node tests/tools/budget.mjs [dist] [--json]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const json = args.includes('--json');
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/index.html not found: run npm run build first.`);
  process.exit(1);
}

/** Budgets, by kind of page. Bytes are gzip. */
const BUDGET = {
  guideInlineScript: 1024, // a guide page loads no JS file, and at most this much inline script
  css: 30 * 1024, // any page
  toolJs: 25 * 1024, // a tool page's JavaScript on first view in total (later views and panels load on demand)
  dataJs: 35 * 1024, // My data and My mentoring: one island over everything stored
  pageJs: 2 * 1024, // every other page (the home page, lists, worksheets): no tool code; the home page only says where a returning visitor stands
};

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const base = (() => {
  // Pages reference assets with the deployment base (e.g. /handbook/_astro/x.js); find it from index.html.
  const m = /href="([^"]*?)_astro\//.exec(readFileSync(join(dist, 'index.html'), 'utf8'));
  return m ? m[1] : '/';
})();

function fileFor(url) {
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  return join(dist, path);
}

/** A JS module and everything it statically imports (dynamic imports load later, on demand). */
function jsClosure(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const src = readFileSync(file, 'utf8');
  const re = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.js)["']/g;
  for (const m of src.matchAll(re)) {
    const spec = m[1];
    const next = spec.startsWith('.') ? join(dirname(file), spec) : fileFor(spec);
    jsClosure(next, seen);
  }
  return seen;
}

function pages() {
  const out = [];
  for (const e of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith('.html')) continue;
    const rel = relative(dist, join(e.parentPath, e.name)).split('\\').join('/');
    if (rel.startsWith('pagefind/')) continue;
    out.push(rel);
  }
  return out.sort();
}

/**
 * Tool pages under /tools/ and the search page, data pages (My data, My mentoring: one island over
 * everything stored), guides, and every other page (home, lists, worksheets, 404).
 */
const kindOf = (rel) =>
  /^guides\/(?!for\/)[^/]+\/index\.html$/.test(rel)
    ? 'guide'
    : /^(tools\/[^/]+|search)\//.test(rel)
      ? 'tool'
      : /^(my-data|my-mentoring)\//.test(rel)
        ? 'data'
        : 'page';

const rows = [];
const failures = [];
for (const rel of pages()) {
  const html = readFileSync(join(dist, rel), 'utf8');
  const jsFiles = new Set();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) jsClosure(fileFor(m[1]), jsFiles);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) jsClosure(fileFor(m[1]), jsFiles);
  for (const m of html.matchAll(/<astro-island[^>]*?\s(?:component-url|renderer-url)="([^"]+)"/g)) jsClosure(fileFor(m[1]), jsFiles);
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const cssFiles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => fileFor(m[1]));
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');

  const jsBufs = [...jsFiles].map((f) => readFileSync(f));
  const cssBufs = cssFiles.filter(existsSync).map((f) => readFileSync(f));
  const jsRaw = jsBufs.reduce((n, b) => n + b.length, 0);
  const jsGz = jsBufs.reduce((n, b) => n + gz(b), 0);
  const inlineJsGz = inlineScripts ? gz(Buffer.from(inlineScripts)) : 0;
  const cssRaw = cssBufs.reduce((n, b) => n + b.length, 0) + Buffer.byteLength(inlineCss);
  const cssGz = cssBufs.reduce((n, b) => n + gz(b), 0) + (inlineCss ? gz(Buffer.from(inlineCss)) : 0);
  const htmlGz = gz(Buffer.from(html));
  const page = `/${rel.replace(/index\.html$/, '')}`;
  const kind = kindOf(rel);
  const row = {
    page,
    kind,
    jsFiles: jsFiles.size,
    jsRaw,
    jsGz,
    inlineJsRaw: Buffer.byteLength(inlineScripts),
    inlineJsGz,
    cssFiles: cssFiles.length,
    cssRaw,
    cssGz,
    htmlGz,
  };
  rows.push(row);

  if (kind === 'guide' && jsFiles.size > 0) failures.push(`${page}: a guide page loads ${jsFiles.size} JavaScript file(s) before search is opened`);
  if (kind === 'guide' && row.inlineJsRaw > BUDGET.guideInlineScript)
    failures.push(`${page}: ${row.inlineJsRaw} bytes of inline script (budget ${BUDGET.guideInlineScript})`);
  if (cssGz > BUDGET.css) failures.push(`${page}: ${cssGz} bytes gzip of CSS (budget ${BUDGET.css})`);
  if (kind === 'tool' && jsGz + inlineJsGz > BUDGET.toolJs)
    failures.push(`${page}: ${jsGz + inlineJsGz} bytes gzip of JavaScript (budget ${BUDGET.toolJs})`);
  if (kind === 'page' && jsGz + inlineJsGz > BUDGET.pageJs)
    failures.push(`${page}: ${jsGz + inlineJsGz} bytes gzip of JavaScript (budget ${BUDGET.pageJs})`);
  if (kind === 'data' && jsGz + inlineJsGz > BUDGET.dataJs)
    failures.push(`${page}: ${jsGz + inlineJsGz} bytes gzip of JavaScript (budget ${BUDGET.dataJs})`);
}

if (json) {
  console.log(JSON.stringify({ budget: BUDGET, pages: rows, failures }, null, 2));
} else {
  const kb = (n) => (n / 1024).toFixed(1);
  const head = ['page', 'kind', 'JS files', 'JS KB', 'JS KB gz', 'inline JS B', 'CSS files', 'CSS KB', 'CSS KB gz', 'HTML KB gz'];
  const body = rows.map((r) => [r.page, r.kind, r.jsFiles, kb(r.jsRaw), kb(r.jsGz + r.inlineJsGz), r.inlineJsRaw, r.cssFiles, kb(r.cssRaw), kb(r.cssGz), kb(r.htmlGz)].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  body.forEach((b) => console.log(line(b)));
  console.log(`\n${rows.length} pages. Budgets: guide pages load no JS file and ≤ ${BUDGET.guideInlineScript} B inline script; CSS ≤ ${kb(BUDGET.css)} KB gzip per page; other pages (home, lists, worksheets) ≤ ${kb(BUDGET.pageJs)} KB and tool and search pages ≤ ${kb(BUDGET.toolJs)} KB gzip of JS; My data and My mentoring ≤ ${kb(BUDGET.dataJs)} KB.`);
}
if (failures.length) {
  console.error(`\nBudget exceeded:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
if (!json) console.log('All pages are within budget.');

