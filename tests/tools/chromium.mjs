// Where the browser tests find Chromium: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then
// Playwright's own download. Returns null when none exists.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own installed
  }
  return null;
}

export const NO_CHROMIUM =
  'No Chromium found: install one with `apt-get install chromium` (or `npx playwright install chromium`), or set CHROMIUM_PATH.';
