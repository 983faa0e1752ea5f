#!/usr/bin/env node
// Makes the README's screenshots from the built site: the home page and a guide page, on a desktop
// and a phone. usage: npm run build && node tests/tools/readme-screenshots.mjs
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { CHROMIUM_ARGS, NO_CHROMIUM, findChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

const root = resolve(import.meta.dirname, '../..');
const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}
const server = await startServer(resolve(root, 'dist'), '/', 4391);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const shots = [
  { path: '/', file: 'home.png', viewport: { width: 1280, height: 860 } },
  { path: '/guides/advice-to-advocacy/', file: 'guide.png', viewport: { width: 1280, height: 860 } },
  { path: '/guides/advice-to-advocacy/', file: 'guide-phone.png', viewport: { width: 390, height: 844 } },
  ...(process.argv.slice(2).map((spec) => {
    const [path, file, w = '1280', h = '860'] = spec.split(',');
    return { path, file, viewport: { width: Number(w), height: Number(h) } };
  })),
];
for (const s of shots) {
  const page = await browser.newPage({ viewport: s.viewport, colorScheme: 'light' });
  await page.goto(`http://127.0.0.1:4391${s.path}`, { waitUntil: 'networkidle' });
  await page.screenshot({ path: resolve(root, 'public/screenshots', s.file) });
  console.log(`public/screenshots/${s.file}`);
  await page.close();
}
await browser.close();
server.close();
