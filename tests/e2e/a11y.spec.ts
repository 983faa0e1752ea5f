import AxeBuilder from '@axe-core/playwright';
import { fixtureDoc, fixtureDocs, seed } from './helpers';
import { builtPages, expect, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${scheme})`, () => {
    test.use({ colorScheme: scheme });
    for (const path of builtPages()) {
      test(`${path} has no WCAG 2.2 A/AA violations and no console errors`, async ({ page, problems }) => {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        expect(summary).toEqual([]);
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
  test.describe(`accessibility of the tools with data (${scheme})`, () => {
    test.use({ colorScheme: scheme });
    for (const path of withData) {
      test(`${path} has no WCAG 2.2 A/AA violations`, async ({ page, context, problems }) => {
        await seed(context, [charter!, assessment!, reflection!, fixtureDoc('session.v1.json')]);
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        // Islands drop their "ssr" attribute once they have hydrated.
        await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        expect(problems.console).toEqual([]);
      });
    }
  });
}
