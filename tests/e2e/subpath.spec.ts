import { expect, test } from './fixtures';

const BASE = `http://127.0.0.1:${process.env.E2E_SUBPATH_PORT ?? 4322}/handbook/`;

test.describe('deployed under /handbook/', () => {
  test('links, assets and search results all stay under the sub-path', async ({ page, problems }) => {
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(BASE);
    // Styles load: the header has its background from the stylesheet.
    await expect(page.locator('link[rel="stylesheet"]').first()).toHaveAttribute('href', /^\/handbook\/_astro\//);
    for (const href of await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect(href, `link ${href}`).toMatch(/^\/handbook\//);
    }
    await page.getByRole('link', { name: 'I’m a mentor' }).click();
    await expect(page).toHaveURL(/\/handbook\/guides\/for\/mentors\/$/);
    await page.locator('.reading-path a').first().click();
    await expect(page).toHaveURL(/\/handbook\/guides\/[^/]+\/$/);
    // The "/" shortcut is the page's script: wait until it has run.
    await page.waitForLoadState('domcontentloaded');

    await page.keyboard.press('/');
    await expect(page).toHaveURL(/\/handbook\/search\/$/);
    await page.getByRole('searchbox').fill('charter');
    await expect(page.getByRole('status').filter({ hasText: /results? for “charter”/ })).toHaveText(/\d+ results? for “charter”/, { timeout: 20_000 });
    const first = page.getByRole('list', { name: 'Search results' }).getByRole('link').first();
    await expect(first).toHaveAttribute('href', /^\/handbook\/guides\//);
    await first.click();
    await expect(page).toHaveURL(/\/handbook\/guides\/[^/]+\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(failed).toEqual([]);
    expect(problems.console).toEqual([]);
  });
});
