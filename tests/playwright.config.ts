import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, NO_CHROMIUM, findChromium } from './tools/chromium.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}

/**
 * The site as built by tests/tools/build-sites.mjs, and a second build deployed under /handbook/.
 * The web server builds both first, unless TANDEM_BUILT=1 says they are built (see e2e-serve.mjs).
 */
export const PORT = Number(process.env.E2E_PORT ?? 4321);
export const SUBPATH_PORT = Number(process.env.E2E_SUBPATH_PORT ?? 4322);
export const SHARED_PORT = Number(process.env.E2E_SHARED_PORT ?? SUBPATH_PORT + 1);
/** The test handbook in other languages (tests/tools/fixture-sites.mjs): bilingual, pseudo, rtl, on these ports. */
export const FIXTURE_PORTS = { bilingual: SHARED_PORT + 1, pseudo: SHARED_PORT + 2, rtl: SHARED_PORT + 3 };

export default defineConfig({
  testDir: './e2e',
  outputDir: './.output/results',
  fullyParallel: true,
  // Playwright's default is half the cores: one worker on a two-core CI machine. Two keep both busy.
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  retries: 0,
  // Every test stays within this on two busy cores: a long journey is split into tests that each
  // start from stored data (helpers.ts: seed) rather than from the steps before.
  timeout: 30_000,
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
    env: { PORT: String(PORT), SUBPATH_PORT: String(SUBPATH_PORT), SHARED_PORT: String(SHARED_PORT), FIXTURE_PORT: String(FIXTURE_PORTS.bilingual), TANDEM_BUILT: process.env.TANDEM_BUILT ?? '' },
    cwd: '..',
    url: `http://127.0.0.1:${SUBPATH_PORT}/handbook/`,
    reuseExistingServer: false,
    timeout: process.env.TANDEM_BUILT === '1' ? 30_000 : 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
