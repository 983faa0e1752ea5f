#!/usr/bin/env node
// Lighthouse (mobile, default settings) on the built site: home, a guide, every tool page and My
// data and My mentoring, each scored in performance, accessibility, best practices and SEO, with its
// cumulative layout shift. Fails unless every score is 100 and every layout shift is 0.
// usage: npm run build && npm run lighthouse [-- /path/ …]   (Chromium from CHROME_PATH, else /usr/bin/chromium)
// Slow (about 15 s a page), so it is not part of npm test or CI.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './serve.mjs';

const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4329);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const tools = readdirSync(join(dist, 'tools/reflection'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => `/tools/reflection/${e.name}/`);
const guide = readdirSync(join(dist, 'guides'), { withFileTypes: true }).find((e) => e.isDirectory() && e.name !== 'for')?.name;
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', `/guides/${guide}/`, '/tools/charter/', '/tools/reciprocity/', '/tools/reflection/', ...tools, '/my-data/', '/my-mentoring/'];

const server = await startServer(dist, '/', port);
const out = mkdtempSync(join(tmpdir(), 'tandem-lighthouse-'));
const failures = [];
const rows = [];
try {
  for (const page of pages) {
    const file = join(out, 'report.json');
    // Asynchronous, so the server in this process keeps answering while Lighthouse loads the page.
    await promisify(execFile)(
      process.execPath,
      [
        join(root, 'node_modules/lighthouse/cli/index.js'),
        `http://127.0.0.1:${port}${page}`,
        '--output=json',
        `--output-path=${file}`,
        '--quiet',
        `--only-categories=${CATEGORIES.join(',')}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
      ],
      // A page that has not finished in three minutes fails (on a busy machine, run it alone).
      { env: { ...process.env, CHROME_PATH: chrome }, timeout: 180_000, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 },
    );
    const report = JSON.parse(readFileSync(file, 'utf8'));
    const scores = CATEGORIES.map((c) => Math.round((report.categories[c]?.score ?? 0) * 100));
    const cls = report.audits['cumulative-layout-shift']?.numericValue ?? NaN;
    rows.push([page, ...scores.map(String), cls.toFixed(3)]);
    scores.forEach((s, i) => s < 100 && failures.push(`${page}: ${CATEGORIES[i]} ${s}`));
    if (!(cls === 0)) failures.push(`${page}: cumulative layout shift ${cls.toFixed(3)}`);
    console.log(rows.at(-1).join('  '));
  }
} finally {
  server.close();
  rmSync(out, { recursive: true, force: true });
}
console.log(`\n${['page', ...CATEGORIES, 'CLS'].join('  ')}\n${rows.map((r) => r.join('  ')).join('\n')}`);
if (failures.length) {
  console.error(`\nBelow 100 or shifting:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`\nAll ${rows.length} pages score 100 in all four categories, with no layout shift.`);
