#!/usr/bin/env node
// Makes the README's screenshots from the built site: the home page and a guide page, on a desktop
// and a phone. usage: npm run build && node tests/tools/readme-screenshots.mjs
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
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
  { path: '/tools/reciprocity/?id=exampleassess001', file: 'reciprocity.png', viewport: { width: 1280, height: 1000 }, seed: 'tests/fixtures/examples/assessment.json', scrollTo: '#results-title' },
  { path: '/tools/charter/?id=typicalexample01', file: 'charter.png', viewport: { width: 1280, height: 860 }, seed: 'tests/fixtures/examples/typical-charter.json' },
  ...(process.argv.slice(2).map((spec) => {
    const [path, file, w = '1280', h = '860'] = spec.split(',');
    return { path, file, viewport: { width: Number(w), height: Number(h) } };
  })),
];
for (const s of shots) {
  const docs = s.seed ? JSON.parse(readFileSync(resolve(root, s.seed), 'utf8')).documents : [];
  const context = await browser.newContext({
    viewport: s.viewport,
    colorScheme: 'light',
    storageState: { cookies: [], origins: [{ origin: 'http://127.0.0.1:4391', localStorage: docs.map((d) => ({ name: `tandem:doc:${d.type}:${d.id}`, value: JSON.stringify(d) })) }] },
  });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:4391${s.path}`, { waitUntil: 'networkidle' });
  await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
  if (s.scrollTo) {
    await page.locator(s.scrollTo).evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await page.evaluate(() => window.scrollBy({ top: -24, behavior: 'instant' }));
  }
  await page.screenshot({ path: resolve(root, 'docs/screenshots', s.file) });
  console.log(`docs/screenshots/${s.file}`);
  await context.close();
}
await browser.close();
server.close();
