import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * `npm run test:build`: the tests that run Astro for real (copies of the project built, synced and
 * checked) and a static pass over every page of the built site (dist/ and the /handbook/ build).
 */
export default defineConfig({
  root,
  resolve: {
    alias: { 'astro:content': fileURLToPath(new URL('./helpers/astro-content.ts', import.meta.url)) },
  },
  test: {
    root,
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    // Builds the sites first when they are missing.
    hookTimeout: 600_000,
  },
});
