import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { builtPages, expect, test } from './fixtures';
import { fixtureDocs, printToPdf, seed } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
async function axe(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// Every single worksheet (the kick-off pack, which holds several, is checked in coordinator.spec.ts).
const worksheets = builtPages().filter((p) => /^\/worksheets\/[^/]+\/$/.test(p) && p !== '/worksheets/pack/');
const NAV = ['Skip to content', 'Guides', 'My data', 'Print this sheet', 'Search'];

test.describe('reflection checklists', () => {
  test('fill a checklist, reload, it is there; the next day starts a second entry; the journal shows both', async ({ page, problems }) => {
    await page.clock.setFixedTime(new Date('2026-11-19T18:00:00'));
    await page.goto('/tools/reflection/after-session/');
    await expect(page.getByRole('heading', { name: 'New entry for today, 19 November 2026' })).toBeVisible();
    await page.getByRole('checkbox', { name: 'I can name one thing my partner taught me or showed me today.' }).check();
    await page.getByRole('checkbox', { name: 'Our next session is already in both our diaries.' }).check();
    await page.getByLabel('What is the most useful thing I learned or realised in this session?').fill('To ask what success looks like before starting.');
    await page.getByLabel('What is the most useful thing I learned or realised in this session?').blur();
    await expect(page.getByText('2 of 8 ticked, 1 of 4 notes written')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Entry for 19 November 2026 (today)' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Our next session is already in both our diaries.' })).toBeChecked();
    await expect(page.getByLabel('What is the most useful thing I learned or realised in this session?')).toHaveValue('To ask what success looks like before starting.');

    await page.clock.setFixedTime(new Date('2026-11-20T09:00:00'));
    await page.reload();
    await expect(page.getByRole('heading', { name: 'New entry for today, 20 November 2026' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Our next session is already in both our diaries.' })).not.toBeChecked();
    await page.getByRole('checkbox', { name: 'I asked my partner what would help them, not only said what I needed.' }).check();
    const journal = page.getByRole('region', { name: 'Journal' });
    await expect(journal.getByRole('listitem')).toHaveCount(2);
    await expect(journal.getByRole('link', { name: '20 November 2026 (today)' })).toBeVisible();
    await journal.getByRole('link', { name: '19 November 2026' }).click();
    await expect(page.getByRole('heading', { name: 'Entry for 19 November 2026' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Our next session is already in both our diaries.' })).toBeChecked();
    expect(await axe(page)).toEqual([]);

    // The filled entry prints with its ticks and notes, on one page.
    for (const format of ['A4', 'Letter'] as const) {
      const { pages, text } = await printToPdf(page, format);
      expect(pages).toBe(1);
      expect(text).toContain('To ask what success looks like before starting.');
      expect(text).toContain('19 November 2026');
      for (const chrome of ['Skip to content', 'Journal', 'Print this entry']) expect(text).not.toContain(chrome);
    }

    // Delete with undo.
    await page.goto('/tools/reflection/after-session/');
    await journal.getByRole('button', { name: 'Delete the entry of 19 November 2026' }).click();
    await expect(journal.getByRole('listitem')).toHaveCount(1);
    await journal.getByRole('button', { name: 'Undo' }).click();
    await expect(journal.getByRole('listitem')).toHaveCount(2);

    // The index shows when it was last done and when it is next due.
    await page.goto('/tools/reflection/');
    await expect(page.getByRole('listitem').filter({ hasText: 'After a session' })).toContainText('Last done 20 November 2026; next due 4 December 2026.');
    await expect(page.getByRole('listitem').filter({ hasText: 'Before a session, for mentees' })).toContainText('Not done yet.');
    expect(problems.console).toEqual([]);
  });

  test('today’s entry deleted, a new one started, then Undo: the form shows the entry brought back, and the journal says which one it is', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-19T09:00:00'));
    await page.goto('/tools/reflection/after-session/');
    const note = page.getByLabel('What is the most useful thing I learned or realised in this session?');
    await note.click();
    await page.keyboard.type('The first entry.', { delay: 15 });
    await page.keyboard.press('Tab');
    const journal = page.getByRole('region', { name: 'Journal' });
    await journal.getByRole('button', { name: 'Delete the entry of 19 November 2026' }).click();
    await expect(journal.getByRole('status')).toContainText('Deleted the entry of 19 November 2026.');
    await note.click();
    await page.keyboard.type('A new start.', { delay: 15 });
    await page.keyboard.press('Tab');
    await expect(journal.getByRole('listitem')).toHaveCount(1);
    await journal.getByRole('button', { name: 'Undo' }).click();
    // Both are kept; the form shows the one brought back, and the journal marks it.
    await expect(journal.getByRole('listitem')).toHaveCount(2);
    await expect(note).toHaveValue('The first entry.');
    await expect(journal.locator('li[aria-current="true"]')).toHaveCount(1);
    await expect(journal.locator('li[aria-current="true"]')).toContainText('shown above');
    // Typing on goes to the entry shown.
    await note.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' And more.', { delay: 15 });
    await page.keyboard.press('Tab');
    // After a reload, today's entry is the one changed last: still the same one.
    await page.reload();
    await expect(note).toHaveValue('The first entry. And more.');
  });

  test('an unknown journal entry address says so and offers today’s entry', async ({ page }) => {
    await page.goto('/tools/reflection/after-session/?id=nosuchentry');
    await expect(page.getByRole('alert')).toContainText('There is no journal entry with this address in this browser');
    await expect(page.getByRole('heading', { name: /^New entry for today/ })).toBeVisible();
  });

  test('an overdue recurring checklist gets a gentle note', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-09-01T10:00:00'));
    await page.goto('/tools/reflection/mentor-self-reflection/');
    await page.getByRole('checkbox').first().check();
    await page.clock.setFixedTime(new Date('2026-11-01T10:00:00'));
    await page.reload();
    await expect(page.getByText('It has been a while: this checklist was due on 29 September 2026.')).toBeVisible();
  });

  // The last after-session entry, linked to Amara and Tomasz's charter, was on 3 October.
  const [fixtureCharter, , afterSessionEntry] = fixtureDocs();
  const meeting = (cadence: string) => {
    const c = JSON.parse(JSON.stringify(fixtureCharter)) as typeof fixtureCharter & { data: { values: Record<string, unknown> } };
    c!.data.values['rhythm.cadence'] = cadence;
    return c!;
  };

  test('a session checklist falls due as often as the pair meets: monthly, by the rhythm in their charter', async ({ page, context }) => {
    await seed(context, [meeting('monthly'), afterSessionEntry!]);
    await page.clock.setFixedTime(new Date('2026-10-27T10:00:00'));
    await page.goto('/tools/reflection/after-session/');
    await expect(page.getByRole('heading', { name: /^New entry for today/ })).toBeVisible();
    // The programme meets every two weeks, but this pair monthly: due on 31 October, so no note yet.
    await expect(page.getByRole('paragraph').filter({ hasText: /It has been a while|is due now/ })).toHaveCount(0);
    await page.clock.setFixedTime(new Date('2026-11-01T10:00:00'));
    await page.reload();
    await expect(page.getByText(/This checklist is due now \(every month, as agreed in “.+”\)\./)).toBeVisible();
  });

  test('a session checklist falls due as often as the pair meets: every two weeks, overdue three weeks on', async ({ page, context }) => {
    await seed(context, [meeting('fortnightly'), afterSessionEntry!]);
    await page.clock.setFixedTime(new Date('2026-10-27T10:00:00'));
    await page.goto('/tools/reflection/after-session/');
    await expect(page.getByText('It has been a while: this checklist was due on 17 October 2026.')).toBeVisible();
  });

  test('a before-session list kept for a monthly pair falls due before their next session, as My mentoring says', async ({ page, context }) => {
    // They meet on the last Saturday of each month from 31 January; the last entry was on 15 January.
    const pair = meeting('monthly');
    pair.data.values['rhythm.firstDate'] = '2026-01-31';
    const entry = afterSessionEntry as typeof afterSessionEntry & { data: Record<string, unknown> };
    const before = { ...entry, id: 'beforesession0001', data: { ...entry.data, checklistId: 'before-session', date: '2026-01-15' } };
    await seed(context, [pair, before]);
    await page.clock.setFixedTime(new Date('2026-03-10T10:00:00'));
    await page.goto('/tools/reflection/before-session/');
    await expect(page.getByRole('heading', { name: /^New entry for today/ })).toBeVisible();
    // Not "overdue since 12 February" (four weeks after the last entry): the next session is 28 March.
    await expect(page.getByRole('paragraph').filter({ hasText: /It has been a while|is due now/ })).toHaveCount(0);
    await page.clock.setFixedTime(new Date('2026-03-25T10:00:00'));
    await page.reload();
    await expect(page.getByText(/This checklist is due now \(every month, on the last Saturday, as agreed in “.+”\)\./)).toBeVisible();
    await page.goto('/my-mentoring/');
    await expect(page.getByRole('listitem').filter({ hasText: 'Before a session, for mentees' })).toContainText('Due 28 March 2026');
  });

  test('keyboard only: tick, write, and open the journal', async ({ page, problems }) => {
    await page.goto('/tools/reflection/before-session/');
    const first = page.getByRole('checkbox').first();
    await expect(first).toBeEnabled();
    await first.focus();
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox').nth(1)).toBeChecked();
    for (let i = 0; i < 6 && !(await page.evaluate(() => document.activeElement?.tagName === 'TEXTAREA')); i++) await page.keyboard.press('Tab');
    await page.keyboard.type('Whether to apply for the team lead role.');
    await page.keyboard.press('Tab');
    await page.reload();
    await expect(page.getByRole('checkbox').nth(1)).toBeChecked();
    await expect(page.locator('textarea').first()).toHaveValue('Whether to apply for the team lead role.');
    const todayLink = page.getByRole('region', { name: 'Journal' }).getByRole('link', { name: /\(today\)$/ });
    await todayLink.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?id=/);
    await expect(page.getByRole('heading', { name: /^Entry for .* \(today\)$/ })).toBeVisible();
    expect(problems.console).toEqual([]);
  });

  test('there are checklist worksheets to print (each printed below)', () => {
    expect(worksheets.length).toBeGreaterThanOrEqual(10);
  });

  for (const path of worksheets) {
    test(`the worksheet ${path} prints blank on one A4 and one Letter page, with no navigation`, async ({ page }) => {
      await page.goto(path);
      const expected = path.includes('reciprocity') ? 3 : path.includes('charter') ? 6 : 1;
      for (const format of ['A4', 'Letter'] as const) {
        const { pages, text } = await printToPdf(page, format);
        expect(pages, `${path} ${format}`).toBeLessThanOrEqual(expected + (format === 'Letter' && expected > 1 ? 1 : 0));
        for (const chrome of NAV) expect(text, `${path} ${format}`).not.toContain(chrome);
      }
    });
  }

  test('the worksheets index lists every sheet', async ({ page }) => {
    await page.goto('/worksheets/');
    for (const path of worksheets) await expect(page.locator(`a[href="${path}"]`)).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });

  test('search finds the advocacy checklist', async ({ page }) => {
    await page.goto('/search/?q=advocacy');
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results.getByRole('link', { name: 'From advice to advocacy' }).first()).toBeVisible();
    await expect(results.locator('a[href="/tools/reflection/advice-to-advocacy/"]')).toBeVisible();
  });

  test('guides link their reflection prompts to the checklists', async ({ page }) => {
    await page.goto('/guides/two-way-street/');
    await page.getByRole('link', { name: 'Open the “Mentor self-reflection” checklist' }).click();
    await expect(page).toHaveURL(/\/tools\/reflection\/mentor-self-reflection\/$/);
  });
});

test('an entry with answers under items the checklist no longer has shows and prints them, and keeps them when edited', async ({ page, context }) => {
  const [, , reflection] = fixtureDocs() as [unknown, unknown, { id: string; data: Record<string, unknown> }];
  const old = {
    ...reflection,
    id: 'earlieritems0001',
    data: { ...reflection.data, ticks: { 'learned-from-partner': true, 'old-tick': true }, notes: { 'night-handovers': 'That night handovers need a script.' } },
  };
  await seed(context, [old as never]);
  await page.goto(`/tools/reflection/after-session/?id=${old.id}`);
  const block = page.getByRole('region', { name: 'From an earlier version of this checklist' });
  await expect(block).toBeVisible();
  await expect(block).toContainText('An item no longer in this checklist (“night-handovers”)');
  await expect(block).toContainText('That night handovers need a script.');
  await expect(block).toContainText('An item no longer in this checklist (“old-tick”) (ticked)');
  expect(await axe(page)).toEqual([]);
  // A tick on a current item is saved next to them; they stay.
  await page.getByRole('checkbox', { name: /one thing my partner taught me/ }).uncheck();
  await page.reload();
  await expect(page.getByRole('region', { name: 'From an earlier version of this checklist' })).toContainText('That night handovers need a script.');
  // The printed entry's code loads once the page runs: on a busy machine, wait for it before printing.
  await expect(page.locator('.entry-print')).toContainText('From an earlier version of this checklist');
  const { text } = await printToPdf(page, 'A4');
  expect(text).toContain('From an earlier version of this checklist');
  expect(text).toContain('That night handovers need a script.');
});
