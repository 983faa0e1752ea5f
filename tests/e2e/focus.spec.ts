/**
 * Focus follows the action: after every action that removes or replaces what had focus, focus
 * lands somewhere sensible, never on <body>. Driven by the keyboard alone (focus, Enter, typing).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fixtureDocs, seed } from './helpers';

const [charter, , reflection] = fixtureDocs();

/** What has focus: "#id", or the tag and accessible text when it has no id. */
const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim().slice(0, 40)}`;
  });

async function press(page: Page, name: string | RegExp) {
  // Tools render on the server first: wait until they run before pressing their buttons.
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  const button = page.getByRole('button', { name }).first();
  await button.focus();
  await page.keyboard.press('Enter');
}

test.describe('focus follows the action', () => {
  test('goals: the first “Add a goal” puts focus in the new goal, and removing it returns focus to “Add a goal”', async ({ page }) => {
    await page.goto('/tools/charter/');
    await press(page, 'Start a new charter');
    await expect(page.getByLabel('Charter name')).toBeVisible();
    await press(page, /^Add a goal/);
    await expect.poll(() => active(page)).toMatch(/-0-text$/);
    await page.keyboard.type('Lead a team', { delay: 20 });
    await page.keyboard.press('Tab');
    await page.keyboard.type('Runs the Monday meeting', { delay: 20 });
    const goal = page.getByLabel('Goal 1', { exact: true });
    await expect(goal).toHaveValue('Lead a team');
    await press(page, /^Add a goal/);
    await expect.poll(() => active(page)).toMatch(/-1-text$/);
    await page.keyboard.type('Publish', { delay: 20 });
    await press(page, 'Remove goal 2');
    await expect.poll(() => active(page)).toMatch(/-0-text$/);
    await press(page, 'Remove goal 1');
    await expect.poll(() => active(page)).toMatch(/-add$/);
    await press(page, /^Add a milestone|^Add a goal/);
    await expect.poll(() => active(page)).not.toBe('body');
  });

  test('rename, delete and undo in the charter list', async ({ page, context }) => {
    await seed(context, [charter!]);
    await page.goto('/tools/charter/');
    await press(page, /^Rename/);
    await expect.poll(() => active(page)).toBe(`#rename-${charter!.id}`);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Our charter', { delay: 20 });
    await page.keyboard.press('Enter');
    await expect.poll(() => active(page)).toBe(`#rename-button-${charter!.id}`);
    await expect(page.getByRole('link', { name: 'Our charter', exact: true })).toBeVisible();
    await press(page, /^Delete/);
    await expect.poll(() => active(page)).toBe('#charters-title');
    await expect(page.getByRole('status').filter({ hasText: 'Deleted “Our charter”.' })).toBeVisible();
    await press(page, 'Undo');
    await expect(page.getByRole('link', { name: 'Our charter', exact: true })).toBeVisible();
    await expect.poll(() => active(page)).toBe('p:Restored.');
  });

  test('revisions: restore asks, then focus lands on what happened; closing a comparison returns to its button', async ({ page, context }) => {
    await seed(context, [charter!]);
    await page.goto(`/tools/charter/?id=${charter!.id}`);
    await press(page, /^Revisions/);
    await expect.poll(() => active(page)).toBe('#rev-title');
    await page.getByLabel('Note for this revision').focus();
    await page.keyboard.type('First agreed', { delay: 10 });
    await page.keyboard.press('Enter');
    await page.getByLabel('Our purpose').focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' More.', { delay: 20 });
    await page.keyboard.press('Tab');
    await press(page, /^Compare with now/);
    await expect.poll(() => active(page)).toBe('h3:' + (await page.locator('.compare h3').innerText()).slice(0, 40));
    await press(page, 'Close the comparison');
    await expect.poll(() => active(page)).toMatch(/^#compare-/);
    await press(page, /^Restore/);
    await expect.poll(() => active(page)).toMatch(/^#confirm-restore-/);
    await page.keyboard.press('Enter');
    await expect.poll(() => active(page)).toMatch(/^p:Restored the version of/);
    await expect(page.getByLabel('Our purpose')).not.toHaveValue(/More\.$/);
  });

  test('deleting a journal entry moves focus to the journal’s heading', async ({ page, context }) => {
    await seed(context, [reflection!]);
    await page.goto('/tools/reflection/after-session/');
    await press(page, /^Delete/);
    await expect.poll(() => active(page)).toBe('#journal-title');
    await press(page, 'Undo');
    await expect.poll(() => active(page)).toBe('p:Restored.');
  });

  test('delete everything: the confirmation takes focus on its safe choice, then the list’s heading', async ({ page, context }) => {
    await seed(context, [charter!]);
    await page.goto('/my-data/');
    await press(page, 'Delete everything…');
    // A second Enter, or a held key, keeps everything.
    await expect.poll(() => active(page)).toBe('#keep-everything');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => active(page)).toBe('#confirm-delete-all');
    await page.keyboard.press('Enter');
    await expect.poll(() => active(page)).toBe('#stored-title');
    await expect(page.getByRole('status').filter({ hasText: 'Everything was deleted' })).toBeVisible();
  });
});
