/**
 * Dates are the reader's own calendar days, whatever their time zone: a checklist done late on
 * 13 March in Los Angeles, in Auckland or in UTC is dated 13 March everywhere on screen, in the
 * journal, the deletion notice and the index, and its next due date is counted in calendar days.
 */
import { expect, test } from './fixtures';

const CASES = [
  { timezoneId: 'America/Los_Angeles', lateOn13March: '2026-03-13T23:30:00-07:00', evening: '2026-03-13T19:00:00-07:00' },
  { timezoneId: 'Pacific/Auckland', lateOn13March: '2026-03-13T23:30:00+13:00', evening: '2026-03-13T19:00:00+13:00' },
  { timezoneId: 'UTC', lateOn13March: '2026-03-13T23:30:00Z', evening: '2026-03-13T19:00:00Z' },
];

for (const c of CASES) {
  test(`in ${c.timezoneId}, a checklist done near midnight on 13 March is dated 13 March everywhere`, async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: c.timezoneId });
    const page = await context.newPage();
    try {
      for (const at of [c.evening, c.lateOn13March]) {
        await page.clock.setFixedTime(new Date(at));
        await page.goto('/tools/reflection/after-session/');
        await expect(page.getByRole('heading', { level: 2, name: /entry for/i })).toHaveText(/(New entry for today, 13 March 2026|Entry for 13 March 2026 \(today\))/);
      }
      await page.getByRole('checkbox').first().check();
      await expect(page.getByRole('heading', { level: 2, name: 'Entry for 13 March 2026 (today)' })).toBeVisible();
      const journal = page.getByRole('region', { name: 'Journal' });
      await expect(journal.getByRole('link', { name: '13 March 2026 (today)' })).toBeVisible();
      const stored = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.includes(':doc:reflection:')).map(([, v]) => JSON.parse(v).data.date));
      expect(stored).toEqual(['2026-03-13']);

      await page.goto('/tools/reflection/');
      // Done today, so the index counts the next one from today: every 2 weeks.
      await page.clock.setFixedTime(new Date(new Date(c.lateOn13March).getTime() + 24 * 3600_000));
      await page.reload();
      await expect(page.getByRole('listitem').filter({ hasText: 'After a session' })).toContainText('Last done 13 March 2026; next due 27 March 2026.');

      await page.goto('/tools/reflection/after-session/');
      await journal.getByRole('button', { name: 'Delete the entry of 13 March 2026' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Deleted the entry of 13 March 2026.' })).toBeVisible();
    } finally {
      await context.close();
    }
  });
}
