/**
 * Nothing moves as what is stored appears. Lighthouse measures a first visit (nothing stored); here
 * the tools open with a charter, an assessment, a checklist entry and a session already kept, on a
 * slow connection, so that each part of a tool arrives after the page has been drawn.
 */
import { expect, test } from './fixtures';
import { fixtureDoc, fixtureDocs, seed } from './helpers';

const pages = ['/my-mentoring/', '/my-data/', '/tools/charter/', '/tools/charter/?id=k3v9x2q8m1c7d0f4', '/tools/reciprocity/', '/search/?q=charter'];

for (const path of pages) {
  test(`no layout shift with stored data: ${path}`, async ({ page, context }) => {
    await seed(context, [...fixtureDocs(), fixtureDoc('session.v1.json')]);
    await context.addInitScript(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.setViewportSize({ width: 412, height: 823 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 100_000 });
    await page.goto(path);
    // Everything has arrived: every island hydrated, and on the tools the backup reminder (these
    // documents were never exported), the last thing to appear; on search, the results.
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 15_000 });
    if (!path.startsWith('/search/')) await expect(page.getByText('that are only in this browser')).toBeVisible({ timeout: 15_000 });
    else await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible({ timeout: 15_000 });
    // Layout shifts are reported after the frame that moved: let two more frames be drawn.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((a, b) => a + b, 0)).toBe(0);
  });
}
