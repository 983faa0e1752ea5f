import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, NO_CHROMIUM, findChromium } from './tools/chromium.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}

/** The site as built by `npm run build`, and a second build deployed under /handbook/. */
export const PORT = Number(process.env.E2E_PORT ?? 4321);
export const SUBPATH_PORT = Number(process.env.E2E_SUBPATH_PORT ?? 4322);
export const SHARED_PORT = Number(process.env.E2E_SHARED_PORT ?? SUBPATH_PORT + 1);

export default defineConfig({
  testDir: './e2e',
  outputDir: './.output/results',
  fullyParallel: true,
  ...(process.env.CI ? { workers: 2 } : {}),
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    // The service worker would precache the whole site in every test's fresh browser; only the
    // offline tests (offline.spec.ts) let it run.
    serviceWorkers: 'block',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: CHROMIUM_ARGS } } }],
  webServer: {
    command: `node tests/tools/e2e-serve.mjs`,
    env: { PORT: String(PORT), SUBPATH_PORT: String(SUBPATH_PORT), SHARED_PORT: String(SHARED_PORT) },
    cwd: '..',
    url: `http://127.0.0.1:${SUBPATH_PORT}/handbook/`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
