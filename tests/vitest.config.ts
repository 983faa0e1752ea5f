/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

const root = fileURLToPath(new URL('..', import.meta.url));

// getViteConfig gives the tests Astro's virtual modules (astro:content) and the Preact JSX setup.
export default getViteConfig(
  {
    root,
    test: {
      root,
      include: ['tests/unit/**/*.test.{ts,tsx}'],
      fileParallelism: true,
      environment: 'node',
      testTimeout: 20_000,
      hookTimeout: 60_000,
    },
  },
  { root },
);
