#!/usr/bin/env node
// Printed page counts: prints pages of the built site to PDF with Chromium, in A4 and US Letter.
// usage: npm run build && node tests/tools/print-pages.mjs [--seed backup.json] <path> [<path> …]
// With --seed, the documents in a Tandem backup file are put into the browser's storage first
// (so a tool page prints with data). Needs poppler's pdfinfo.
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, NO_CHROMIUM, findChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

const args = process.argv.slice(2);
const seedAt = args.indexOf('--seed');
const seedFile = seedAt >= 0 ? args.splice(seedAt, 2)[1] : undefined;
const paths = args.length ? args : ['/'];
const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}
const root = resolve(import.meta.dirname, '../..');
const port = 4393;
const server = await startServer(resolve(root, 'dist'), '/', port);
const origin = `http://127.0.0.1:${port}`;
const docs = seedFile ? JSON.parse(readFileSync(seedFile, 'utf8')).documents : [];
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const context = await browser.newContext({
  storageState: { cookies: [], origins: [{ origin, localStorage: docs.map((d) => ({ name: `tandem:doc:${d.type}:${d.id}`, value: JSON.stringify(d) })) }] },
});
const dir = mkdtempSync(join(tmpdir(), 'tandem-print-'));
console.log('page'.padEnd(48), 'A4', 'Letter');
for (const path of paths) {
  const page = await context.newPage();
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  await page.emulateMedia({ media: 'print' });
  const counts = [];
  for (const format of ['A4', 'Letter']) {
    const file = join(dir, `${format}.pdf`);
    writeFileSync(file, await page.pdf({ format }));
    counts.push(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]));
  }
  console.log(path.padEnd(48), String(counts[0]).padStart(2), String(counts[1]).padStart(6));
  await page.close();
}
await browser.close();
server.close();
