import { expect, test } from './fixtures';

test('home → guide → next guide', async ({ page, problems }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'I’m a mentee' }).click();
  await expect(page).toHaveURL(/\/guides\/for\/mentees\/$/);
  const first = page.locator('.reading-path a').first();
  const firstTitle = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle);
  const next = page.getByRole('link', { name: /Next guide/ });
  const nextTitle = (await next.locator('.pager-title').textContent())!.trim();
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle);
  await expect(page.getByRole('link', { name: /Previous guide/ })).toBeVisible();
  expect(problems.console).toEqual([]);
});

test('a guide page has its table of contents, reading time and audience', async ({ page, problems }) => {
  await page.goto('/guides/');
  await page.locator('.card a').first().click();
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc).toBeVisible();
  const firstEntry = toc.getByRole('link').first();
  const target = await firstEntry.getAttribute('href');
  await firstEntry.click();
  await expect(page.locator(target!)).toBeInViewport();
  await expect(page.getByText(/\d+ min read/)).toBeVisible();
  // "For", read before the audience's badges.
  const audience = page.locator('.guide-head .badges');
  await expect(audience).toBeVisible();
  await expect(audience.locator('xpath=preceding-sibling::*[1]')).toHaveText('For');
  expect(problems.external).toEqual([]);
});

test('keyboard only: skip link, header navigation and the / shortcut', async ({ page, problems }) => {
  await page.goto('/guides/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  await page.goto('/');
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // brand
  await page.keyboard.press('Tab'); // Guides
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/guides\/$/);
  await page.waitForLoadState('load');

  await page.keyboard.press('/');
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.getByRole('searchbox', { name: 'Search the handbook' })).toBeFocused();
  await page.keyboard.type('charter');
  const firstResult = page.getByRole('list', { name: 'Search results' }).getByRole('link').first();
  await expect(firstResult).toBeVisible();
  // Tab from the box through the filters to the first result, and open it.
  for (let i = 0; i < 10 && !(await firstResult.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(firstResult).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/guides\/[^/]+\/$/);
  expect(problems.console).toEqual([]);
});

test('the / shortcut does nothing while typing in a field', async ({ page, problems }) => {
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: 'Search the handbook' });
  await box.fill('');
  await box.press('/');
  await expect(box).toHaveValue('/');
  await expect(page).toHaveURL(/\/search\//);
  expect(problems.console).toEqual([]);
});

test('an unknown address shows the 404 page with a search box', async ({ page, problems }) => {
  const response = await page.goto('/guides/no-such-guide/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We can’t find that page');
  await page.getByRole('searchbox').fill('feedback');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=feedback/);
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
  // The browser logs the 404 response itself; that one is expected here.
  problems.console.splice(0, problems.console.length, ...problems.console.filter((m) => !m.includes('status of 404')));
});
