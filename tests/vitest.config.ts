import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * `npm test`: two projects, neither of which starts Astro.
 * - content: checks this handbook's content/ (what a coordinator edits) against its schemas and the
 *   rules in content/guide-checks.yaml; every failure names the file and the setting that decides it.
 * - unit: the code's own tests, on fixtures only (tests/fixtures/), never on content/.
 * Real builds are `npm run test:build` (tests/vitest.build.config.ts).
 */
export default defineConfig({
  root,
  resolve: {
    // src/content.config.ts, loaded in-process by tests/helpers/load-content.ts.
    alias: { 'astro:content': fileURLToPath(new URL('./helpers/astro-content.ts', import.meta.url)) },
  },
  test: {
    root,
    environment: 'node',
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'] } },
    ],
  },
});
