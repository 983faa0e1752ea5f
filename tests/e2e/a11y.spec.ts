/**
 * Accessibility scans with axe. Pages built from one template share their markup, so each
 * template is scanned once, on the first page built from it (what differs from page to page, such
 * as headings, alt text, ids and links, is checked on every built page by tests/build/pages.test.ts).
 * Light: every WCAG 2.2 A/AA rule. Dark changes only colours, so there only colour contrast.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { fixtureDoc, fixtureDocs, seed } from './helpers';
import { builtPages, expect, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The route a built page comes from, e.g. "/guides/[slug]/"; pages not built from a template stand for themselves. */
function templateOf(path: string): string {
  const routes: [RegExp, string][] = [
    [/^\/guides\/for\/[^/]+\/$/, '/guides/for/[audience]/'],
    [/^\/guides\/[^/]+\/$/, '/guides/[slug]/'],
    [/^\/tools\/reflection\/[^/]+\/$/, '/tools/reflection/[id]/'],
    [/^\/worksheets\/reciprocity-[^/]+\/$/, '/worksheets/reciprocity-[role]/'],
    // charter, pack and session have pages of their own.
    [/^\/worksheets\/(?!(?:charter|pack|session)\/)[^/]+\/$/, '/worksheets/[id]/'],
  ];
  return routes.find(([re]) => re.test(path))?.[1] ?? path;
}

/** The first built page of each template. */
function oneOfEachTemplate(): Map<string, string> {
  const byTemplate = new Map<string, string>();
  for (const path of builtPages()) if (!byTemplate.has(templateOf(path))) byTemplate.set(templateOf(path), path);
  return byTemplate;
}

async function violations(page: Page, scheme: 'light' | 'dark'): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (scheme === 'light') builder.withTags(TAGS);
  else builder.withRules(['color-contrast']);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The page is ready as a person sees it: loaded, and every island hydrated (islands drop "ssr" then). */
async function ready(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  // Parts a tool loads on demand show "Loading…" or "Opening…" until they are there.
  await expect(page.getByText(/^\s*(Loading|Opening)\b[^]*…/)).toHaveCount(0);
}

const templates = oneOfEachTemplate();

test('the pages scanned cover every template, one page each', () => {
  for (const route of ['/guides/[slug]/', '/guides/for/[audience]/', '/tools/reflection/[id]/', '/worksheets/[id]/', '/', '/404.html']) {
    expect([...templates.keys()], route).toContain(route);
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${scheme}${scheme === 'dark' ? ': colour contrast' : ''})`, () => {
    test.use({ colorScheme: scheme });
    for (const [template, path] of templates) {
      const name = template === path ? path : `${template} (${path})`;
      test(`${name} has no ${scheme === 'light' ? 'WCAG 2.2 A/AA' : 'colour contrast'} violations and no console errors`, async ({ page, problems }) => {
        await page.goto(path);
        await ready(page);
        expect(await violations(page, scheme)).toEqual([]);
        if (path !== '/404.html') expect(problems.console).toEqual([]);
        else problems.console.length = 0;
      });
    }
  });
}

// The tools render their content in the browser: check them with data in them, in both schemes.

const [charter, assessment, reflection] = fixtureDocs();
const withData = [
  `/tools/charter/?id=${charter!.id}`,
  `/tools/reciprocity/?id=${assessment!.id}`,
  '/tools/reciprocity/',
  '/tools/charter/',
  '/my-data/',
  `/tools/reflection/${(reflection!.data as { checklistId: string }).checklistId}/`,
  '/tools/reflection/',
  '/my-mentoring/',
  '/my-mentoring/?id=s4e6s8i0o2n4l6g8',
];
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility of the tools with data (${scheme}${scheme === 'dark' ? ': colour contrast' : ''})`, () => {
    test.use({ colorScheme: scheme });
    for (const path of withData) {
      test(`${path} has no ${scheme === 'light' ? 'WCAG 2.2 A/AA' : 'colour contrast'} violations`, async ({ page, context, problems }) => {
        await seed(context, [charter!, assessment!, reflection!, fixtureDoc('session.v1.json')]);
        await page.goto(path);
        await ready(page);
        expect(await violations(page, scheme)).toEqual([]);
        expect(problems.console).toEqual([]);
      });
    }
  });
}
