import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtPages as pagesIn } from '../helpers/built-pages';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');

/** Every built page's path, e.g. "/", "/guides/two-way-street/", "/404.html". */
export const builtPages = (dist = DIST): string[] => pagesIn(dist);

export function readBuilt(path: string, dist = DIST): string {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return readFileSync(join(dist, file), 'utf8');
}

export interface PageProblems {
  console: string[];
  external: string[];
}

/**
 * Every test's page records console errors (CSP violations show up there), uncaught exceptions
 * and any request that leaves the site's own origin; `problems` exposes them and the fixture
 * fails the test when any remain unchecked at the end.
 */
export const test = base.extend<{ problems: PageProblems }>({
  // `auto`: every test gets it, whether or not it names `problems`.
  problems: [
    async ({ page }, use) => {
      const problems = watch(page);
      await use(problems);
      expect(problems.console, 'console errors').toEqual([]);
      expect(problems.external, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export function watch(page: Page): PageProblems {
  const problems: PageProblems = { console: [], external: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') problems.console.push(m.text());
  });
  page.on('pageerror', (e) => problems.console.push(`uncaught: ${e.message}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
    if (url.hostname !== '127.0.0.1') problems.external.push(r.url());
  });
  return problems;
}

export { expect };
