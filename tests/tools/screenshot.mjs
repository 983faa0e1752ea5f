#!/usr/bin/env node
// Screenshots of the served site, on screen and in print emulation, at phone and desktop widths.
// usage: node tests/tools/screenshot.mjs <url> <out-prefix> [phone|desktop|both] [screen|print|both]
// Writes <out-prefix>-<width>-<media>.png (full page).
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, NO_CHROMIUM, findChromium } from './chromium.mjs';

const [url, prefix, sizes = 'both', medias = 'both', scheme = 'light'] = process.argv.slice(2);
if (!url || !prefix) {
  console.error('usage: screenshot.mjs <url> <out-prefix> [phone|desktop|both] [screen|print|both] [light|dark]');
  process.exit(2);
}
const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}
const widths = { phone: { width: 375, height: 800 }, desktop: { width: 1280, height: 900 } };
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
for (const size of sizes === 'both' ? ['phone', 'desktop'] : [sizes]) {
  for (const media of medias === 'both' ? ['screen', 'print'] : [medias]) {
    const page = await browser.newPage({ viewport: widths[size], colorScheme: scheme });
    page.on('console', (m) => m.type() === 'error' && console.error(`console: ${m.text()}`));
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media });
    const out = `${prefix}-${size}-${media}.png`;
    await page.screenshot({ path: out, fullPage: true });
    console.log(out);
    await page.close();
  }
}
await browser.close();
