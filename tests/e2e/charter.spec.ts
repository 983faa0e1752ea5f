import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ORIGIN, XSS, downloadText, expectSaved, fixtureDocs, forbidDialogs, leavingAsks, printToPdf, seed, tandemStorage, tempFile, shareAs } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const [fixtureCharter] = fixtureDocs();

async function axe(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Start a charter and fill it as a typical pair would. */
async function fillTypical(page: Page): Promise<void> {
  // Forty-odd fields, each saved and redrawn: on a busy two-core machine this takes most of half a minute.
  test.setTimeout(60_000);
  await page.goto('/tools/charter/');
  await page.getByRole('button', { name: 'Start a new charter' }).click();
  await page.getByLabel('Mentor’s name').fill('Tomasz Nowak');
  await page.getByLabel('Mentee’s name').fill('Amara Okafor');
  await page.getByLabel('Start date').fill('2026-09-01');
  await page.getByLabel('How long it runs').fill('Nine months');
  await page.getByLabel('End date (optional)').fill('2027-05-28');
  await page.getByLabel('Our purpose').fill('Help Amara prepare to lead her first team, and give Tomasz a clearer view of how new graduates experience the firm.');
  await page.getByRole('button', { name: 'Add a goal to the mentee’s goals' }).click();
  await page.getByLabel('Goal 1').fill('Chair the monthly project review without notes by March');
  await page.getByLabel('What success looks like').fill('The team asks me to keep chairing it.');
  await page.getByRole('button', { name: 'Add a milestone to goal 1' }).click();
  await page.getByLabel('Date', { exact: true }).fill('2026-11-15');
  await page.getByLabel('Milestone', { exact: true }).fill('Chair one review with notes');
  await page.getByRole('button', { name: 'Add a goal to the mentor’s goals' }).click();
  await page.locator('fieldset.goals').nth(1).getByLabel('Goal 1').fill('Understand how juniors use the new scheduling tool');
  await page.getByLabel('The mentor offers').fill('Twenty years of site experience and introductions to the regional leadership team.');
  await page.getByLabel('The mentee offers back').fill('Fluent use of the new modelling software and an honest view of graduate life.');
  await page.getByLabel('Who sets the agenda').fill('Amara, the day before');
  await page.getByLabel('Who writes the summary').fill('Amara, within a day');
  await page.getByLabel('The mentor prepares').fill('Rereads the last summary and brings one question.');
  await page.getByLabel('The mentee prepares').fill('One live problem and an update.');
  await page.getByRole('radio', { name: 'Every two weeks' }).check();
  await page.getByLabel('Session length (minutes)').fill('45');
  await page.getByLabel('First meeting date').fill('2026-09-08');
  await page.getByRole('radio', { name: 'Video call' }).check();
  await page.getByLabel('Channel between sessions').fill('Team chat, direct messages');
  await page.getByLabel('Who books the sessions').fill('Amara');
  await page.getByLabel('How fast to expect replies').fill('Within two working days');
  await page.getByLabel('Preferred format and timing').fill('A few written lines after each session; anything hard said in the session.');
  await page.getByRole('group', { name: 'How direct the mentor is with the mentee' }).getByRole('radio', { name: '4. Direct' }).check();
  await page.getByRole('group', { name: 'How direct the mentee is with the mentor' }).getByRole('radio', { name: '3. Balanced' }).check();
  await page.getByLabel('How we will treat setbacks').fill('As something to learn from, never something to hide.');
  await page.getByLabel('Topics in scope').fill('Career moves, presenting, managing up.');
  await page.getByLabel('Topics off limits').fill('My line manager’s performance.');
  await page.getByLabel('Constraints on time or availability').fill('No messages at weekends.');
  await page.getByLabel('What stays between us').fill('Everything we discuss.');
  await page.getByLabel('What may be shared, and with whom').fill('That we meet and how often, with the programme team.');
  await page.getByLabel('What cannot stay between us').fill('A risk to anyone’s safety, or what we must report by law.');
  await page.getByLabel('Reporting lines and other ties between us').fill('None. Tomasz sits on the graduate promotion panel.');
  await page.getByLabel('What we will do about them').fill('Tomasz steps aside from any decision about Amara.');
  await page.getByLabel('How we share credit').fill('Amara is named on the retrofit findings.');
  await page.getByLabel('The mentor will').fill('Put Amara forward for the client pitch team this spring.');
  await page.getByLabel('The mentee will').fill('Share Tomasz’s lunch-and-learn with the graduate network.');
  await page.getByLabel('What either of us will do').fill('Raise it at the next session, or go to the concerns contact.');
  await page.getByLabel('Next review date').fill('2026-12-01');
  await page.getByLabel('How we will judge whether it worked').fill('We each met one goal.');
  await page.getByLabel('How either of us can end it, without fault').fill('Either of us can end it by saying so; no reasons needed.');
  await page.getByLabel('What happens at the end').fill('A closing conversation, and thanks.');
  await page.getByLabel('What happens at the end').blur();
}

test.describe('charter builder', () => {
  test('fill a charter, reload, and everything is there', async ({ page, problems }) => {
    await fillTypical(page);
    await expect(page.getByRole('heading', { name: '13 of 13 sections written' })).toBeVisible();
    await expectSaved(page, 'A closing conversation, and thanks.');
    await page.reload();
    await expect(page.getByLabel('Mentee’s name')).toHaveValue('Amara Okafor');
    await expect(page.getByLabel('Goal 1').first()).toHaveValue('Chair the monthly project review without notes by March');
    await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2026-11-15');
    await expect(page.getByRole('radio', { name: 'Every two weeks' })).toBeChecked();
    await expect(page.getByRole('group', { name: 'How direct the mentor is with the mentee' }).getByRole('radio', { name: '4. Direct' })).toBeChecked();
    await expect(page.getByRole('group', { name: 'How direct the mentee is with the mentor' }).getByRole('radio', { name: '3. Balanced' })).toBeChecked();
    await expect(page.getByLabel('How we share credit')).toHaveValue('Amara is named on the retrofit findings.');
    await expect(page.getByLabel('What happens at the end')).toHaveValue('A closing conversation, and thanks.');
    expect(await axe(page)).toEqual([]);
    expect(problems.console).toEqual([]);
  });

  test('invalid input is kept as typed and flagged inline', async ({ page }) => {
    await page.goto('/tools/charter/');
    await page.getByRole('button', { name: 'Start a new charter' }).click();
    await page.getByLabel('Session length (minutes)').fill('500');
    await expect(page.getByText('Session length (minutes) must be between 10 and 480.')).toBeVisible();
    await expect(page.getByLabel('Session length (minutes)')).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('Start date').fill('2026-09-01');
    await page.getByLabel('Next review date').fill('2026-08-01');
    await expect(page.getByText('The next review date must be after the start date.')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Session length (minutes)')).toHaveValue('500');
    // Print and share need both names.
    await page.getByRole('button', { name: 'Print' }).click();
    const box = page.getByRole('alert').filter({ hasText: 'Before you print' });
    await expect(box).toBeFocused();
    await expect(box).toContainText('Add the mentor’s name before you print the charter.');
    await box.getByRole('link', { name: /mentor’s name/ }).click();
    await expect(page.getByLabel('Mentor’s name')).toBeFocused();
  });

  test('revisions: save, change, compare with highlights, restore', async ({ page, context, problems }) => {
    await seed(context, [fixtureCharter!]);
    await page.goto(`/tools/charter/?id=${fixtureCharter!.id}`);
    await page.getByRole('button', { name: /Revisions/ }).click();
    await page.getByLabel('Note for this revision').fill('After the three-month review');
    await page.getByRole('button', { name: 'Save a revision' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Revision saved: “After the three-month review”.' })).toBeVisible();
    await page.getByLabel('Our purpose').fill('Help Amara lead a bigger team, and help Tomasz understand how graduates see the firm.');
    await page.getByLabel('Our purpose').blur();
    const latest = page.locator('.revision-list li').filter({ hasText: 'After the three-month review' });
    await latest.getByRole('button', { name: /Compare with now/ }).click();
    const compare = page.locator('.compare');
    await expect(compare.getByRole('heading', { name: /Changes since/ })).toBeFocused();
    await expect(compare.locator('ins')).toContainText(['bigger']);
    await expect(compare.locator('del').first()).toBeVisible();
    await latest.getByRole('button', { name: /^Restore/ }).click();
    await latest.getByRole('button', { name: 'Yes, restore it' }).click();
    await expect(page.getByLabel('Our purpose')).toHaveValue('Help Amara prepare to lead her first team, and help Tomasz understand how graduates see the firm.');
    await expect(page.locator('.revision-list li').first()).toContainText('Restored the version of');
    await expect(page.locator('.revision-list li').nth(1)).toContainText('Before restoring');
    expect(problems.console).toEqual([]);
  });

  test('a link made with the share panel open follows edits made below it, and a copy taken before says to copy again', async ({ browser, page, context }) => {
    await seed(context, [fixtureCharter!]);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
    await page.goto(`/tools/charter/?id=${fixtureCharter!.id}`);
    await shareAs(page, 'Tomasz Nowak (mentor)');
    const field = page.getByLabel('Link for Amara Okafor');
    const first = await field.inputValue();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied.')).toBeVisible();
    // Edited below, with the panel still open.
    await page.getByLabel('Our purpose').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Added after sharing.', { delay: 15 });
    await page.keyboard.press('Tab');
    await expect(field).not.toHaveValue(first);
    await expect(page.getByRole('status').filter({ hasText: 'The charter changed after you copied the link' })).toBeVisible();
    const latest = await field.inputValue();
    const partner = await (await browser.newContext()).newPage();
    await partner.goto(latest);
    await expect(partner.locator('.charter-doc')).toContainText('Added after sharing.');
    await partner.context().close();
  });

  test('share with the partner, who opens the link, saves her copy, edits it and shares it back', async ({ browser, problems, page: mentorPage, context: mentorContext }) => {
    await seed(mentorContext, [fixtureCharter!]);
    await mentorContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
    await mentorPage.goto(`/tools/charter/?id=${fixtureCharter!.id}`);
    await shareAs(mentorPage, 'Tomasz Nowak (mentor)');
    const link = await mentorPage.getByLabel('Link for Amara Okafor').inputValue();
    expect(link).toMatch(/\/tools\/charter\/#share=1\.c\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    await mentorPage.getByRole('button', { name: 'Copy link' }).click();
    await expect(mentorPage.getByText('Link copied.')).toBeVisible();
    expect(await mentorPage.evaluate(() => navigator.clipboard.readText())).toBe(link);

    // The mentee opens the link in her own browser: read-only, then saves her copy and edits it.
    const menteeContext = await browser.newContext();
    const mentee = await menteeContext.newPage();
    await mentee.goto(link);
    await expect(mentee.getByRole('heading', { name: 'Tomasz Nowak sent you a draft of your charter' })).toBeVisible();
    await expect(mentee.locator('.charter-doc')).toContainText('Help Amara prepare to lead her first team');
    expect(await axe(mentee)).toEqual([]);
    await mentee.getByRole('button', { name: 'Add my part' }).first().click();
    await expect(mentee).toHaveURL(new RegExp(`\\?id=${fixtureCharter!.id}$`));
    await mentee.getByLabel('Our purpose').fill('Help Amara lead her first team well, and show Tomasz how graduates see the firm.');
    await mentee.getByLabel('Topics off limits').fill('Salary negotiations.');
    await mentee.getByLabel('Topics off limits').blur();
    await shareAs(mentee, 'Amara Okafor (mentee)');
    const back = await mentee.getByLabel('Link for Tomasz Nowak').inputValue();
    expect(back).toMatch(/\/tools\/charter\/#share=1\.c\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    await menteeContext.close();
    expect(problems.console).toEqual([]);
  });

  test('the partner’s version shared back is compared with one’s own, and the agreed text is saved as a revision', async ({ browser, problems, page: mentorPage, context: mentorContext }) => {
    await seed(mentorContext, [fixtureCharter!]);
    // The mentee's copy of the same charter, edited, as she shares it back.
    const menteeContext = await browser.newContext();
    const edited = structuredClone(fixtureCharter!);
    const values = (edited.data as { values: Record<string, unknown> }).values;
    values['purpose.purpose'] = 'Help Amara lead her first team well, and show Tomasz how graduates see the firm.';
    values['boundaries.offLimits'] = 'Salary negotiations.';
    await seed(menteeContext, [edited]);
    const mentee = await menteeContext.newPage();
    await mentee.goto(`/tools/charter/?id=${edited.id}`);
    await expect(mentee.getByLabel('Topics off limits')).toHaveValue('Salary negotiations.');
    await shareAs(mentee, 'Amara Okafor (mentee)');
    const back = await mentee.getByLabel('Link for Tomasz Nowak').inputValue();
    await menteeContext.close();

    // The mentor opens the link back: both versions side by side, and chooses.
    await mentorPage.goto(back);
    await expect(mentorPage.getByRole('heading', { name: 'Compare Amara Okafor’s version with yours' })).toBeVisible();
    const purpose = mentorPage.getByRole('group', { name: 'Purpose: Our purpose' });
    await expect(purpose.getByText('Amara Okafor’s version')).toBeVisible();
    await expect(purpose.getByText('My version')).toBeVisible();
    await purpose.getByRole('radio', { name: 'Write a combined version' }).check();
    const combined = purpose.getByLabel('Combined text for Our purpose');
    await combined.click();
    await mentorPage.keyboard.press('ControlOrMeta+A');
    await mentorPage.keyboard.type('Help Amara lead her first team well; Tomasz learns how graduates see the firm.', { delay: 10 });
    await mentorPage.getByRole('group', { name: 'Boundaries: Topics off limits' }).getByRole('radio', { name: 'Use Amara Okafor’s' }).check();
    // A reload (or the "new version" reload) in the middle of merging keeps the choices and the combined text.
    await mentorPage.reload();
    await expect(combined).toHaveValue('Help Amara lead her first team well; Tomasz learns how graduates see the firm.');
    await expect(mentorPage.getByRole('group', { name: 'Boundaries: Topics off limits' }).getByRole('radio', { name: 'Use Amara Okafor’s' })).toBeChecked();
    expect(await axe(mentorPage)).toEqual([]);
    await mentorPage.getByRole('button', { name: 'Save the agreed version' }).click();
    await expect(mentorPage.getByRole('status').filter({ hasText: 'Your text from before is kept as a revision' })).toBeVisible();
    await mentorPage.getByRole('link', { name: 'Open the charter' }).click();
    await expect(mentorPage.getByLabel('Our purpose')).toHaveValue('Help Amara lead her first team well; Tomasz learns how graduates see the firm.');
    await expect(mentorPage.getByLabel('Topics off limits')).toHaveValue('Salary negotiations.');
    await mentorPage.getByRole('button', { name: /Revisions/ }).click();
    await expect(mentorPage.locator('.revision-list li').first()).toContainText('Agreed text after comparing with Amara Okafor’s version');
    expect(problems.console).toEqual([]);
  });

  test('a damaged, cut-off or foreign link gets one clear message and changes nothing', async ({ page, context }) => {
    await seed(context, [fixtureCharter!]);
    await page.goto(`/tools/charter/?id=${fixtureCharter!.id}`);
    await shareAs(page, 'Tomasz Nowak (mentor)');
    const link = await page.getByLabel('Link for Amara Okafor').inputValue();
    const before = await page.evaluate(() => JSON.stringify(localStorage));
    for (const bad of [link.slice(0, -20), link.replace(/\.([0-9a-f]{8})$/, '.00000000'), `${new URL(link).origin}/tools/charter/#share=hello`]) {
      await page.goto('/');
      await page.goto(bad);
      await expect(page.getByRole('heading', { name: 'This link cannot be opened' })).toBeVisible();
      await expect(page.getByRole('alert')).toHaveText(/damaged or incomplete|not a share link from this handbook/);
      await expect(page.getByRole('alert')).toContainText('Nothing was changed');
    }
    expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
  });

  test('prints a filled charter on at most three A4 pages, with no navigation', async ({ page, problems }) => {
    await fillTypical(page);
    await expectSaved(page, 'A closing conversation, and thanks.');
    for (const format of ['A4', 'Letter'] as const) {
      const { pages, text } = await printToPdf(page, format);
      expect(pages, `${format} pages`).toBeLessThanOrEqual(3);
      expect(text).toContain('Our mentoring charter');
      expect(text).toMatch(/TANDEM/i);
      expect(text).toContain('Mentor: Tomasz Nowak');
      expect(text).toContain('Put Amara forward for the client pitch team');
      expect(text).toContain('Tomasz steps aside from any decision about Amara.');
      expect(text).toContain('The programme’s concerns contact');
      expect(text).toContain('Daniel Fraser, mentoring-concerns@example.org, 020 7946 0321.');
      for (const chrome of ['Skip to content', 'My data', 'Share with my partner', 'Revisions', 'Saved in this browser']) expect(text).not.toContain(chrome);
    }
    expect(problems.console).toEqual([]);
  });

  test('the typical filled charter of the examples prints on at most three pages, A4 and Letter', async ({ page, context }) => {
    const { documents } = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/examples/typical-charter.json'), 'utf8')) as { documents: Parameters<typeof seed>[1] };
    await seed(context, documents);
    await page.goto(`/tools/charter/?id=${documents[0]!.id}`);
    await expect(page.getByLabel('Mentor’s name')).not.toHaveValue('');
    for (const format of ['A4', 'Letter'] as const) expect((await printToPdf(page, format)).pages, format).toBeLessThanOrEqual(3);
  });

  test('the blank charter prints for people who prefer paper', async ({ page }) => {
    await page.goto('/worksheets/charter/');
    const { pages, text } = await printToPdf(page, 'A4');
    expect(pages).toBeLessThanOrEqual(6);
    expect(text).toContain('Our mentoring charter');
    expect(text).toContain('Daniel Fraser, mentoring-concerns@example.org');
    expect(text).not.toContain('Skip to content');
    expect(await axe(page)).toEqual([]);
  });

  test('markup typed in every field shows as text on screen, in print and in the Markdown', async ({ page, context, problems }) => {
    const dialogs = forbidDialogs(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
    await page.goto('/tools/charter/');
    await page.getByRole('button', { name: 'Start a new charter' }).click();
    // The editor loads on demand: wait for it before counting its fields.
    await expect(page.getByLabel('Our purpose')).toBeVisible();
    const textFields = page.locator('.charter-section input[type="text"], .charter-section textarea');
    const count = await textFields.count();
    for (let i = 0; i < count; i++) await textFields.nth(i).fill(XSS[i % 2]!);
    const purposeAt = await textFields.evaluateAll((fields) => fields.findIndex((f) => f.id === 'f-purpose-purpose'));
    await page.getByLabel('Charter name').fill(XSS[1]);
    await page.getByLabel('Charter name').blur();
    await expectSaved(page, ...XSS);
    await page.reload();
    await expect(page.getByLabel('Our purpose')).toHaveValue(XSS[purposeAt % 2]!);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.charter-print')).toContainText(XSS[0]);
    await expect(page.locator('.charter-print')).toContainText(XSS[1]);
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Markdown and calendar' }).click();
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(page.getByText('Markdown copied to the clipboard.')).toBeVisible();
    const md = await page.evaluate(() => navigator.clipboard.readText());
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('"\\>\\<script\\>alert(1)\\</script\\>');
    expect(md).not.toMatch(/(^|[^\\])<(img|script)/);
    await page.goto('/tools/charter/');
    await expect(page.getByRole('link', { name: XSS[1] })).toBeVisible();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(problems.console).toEqual([]);
  });

  test('Markdown and calendar downloads', async ({ page, context }) => {
    await seed(context, [fixtureCharter!]);
    await page.goto(`/tools/charter/?id=${fixtureCharter!.id}`);
    await page.getByRole('button', { name: 'Markdown and calendar' }).click();
    // The time and zone are not part of the agreement: they are set here, for this person's calendar.
    await expect(page.locator('.charter-section').getByLabel('First meeting time')).toHaveCount(0);
    await expect(page.getByLabel('Time zone', { exact: true })).toHaveValue(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone));
    await page.getByRole('button', { name: 'Download calendar file (.ics)' }).click();
    await expect(page.getByRole('alert')).toContainText('add the first meeting date, the first meeting time.');
    await page.getByLabel('First meeting date').fill('2026-09-08');
    await page.getByLabel('First meeting time').fill('17:30');
    await page.getByLabel('Time zone', { exact: true }).selectOption('Europe/Paris');
    await page.getByLabel('Time zone', { exact: true }).blur();
    await expectSaved(page, 'Europe/Paris', '17:30');
    const [ics] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download calendar file (.ics)' }).click()]);
    const text = await downloadText(ics);
    expect(ics.suggestedFilename()).toBe('mentoring-amara-okafor-tomasz-nowak.ics');
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20260908T173000');
    expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU');
    // The settings are kept with the charter, for the next calendar file.
    await page.reload();
    await page.getByRole('button', { name: 'Markdown and calendar' }).click();
    await expect(page.getByLabel('First meeting time')).toHaveValue('17:30');
    await expect(page.getByLabel('Time zone', { exact: true })).toHaveValue('Europe/Paris');
    const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .md' }).click()]);
    expect(md.suggestedFilename()).toBe('amara-and-tomasz.md');
    const markdown = await downloadText(md);
    expect(markdown).toContain('## Objectives on both sides');
    expect(markdown).toContain('**The programme’s concerns contact:** Daniel Fraser, mentoring-concerns@example.org, 020 7946 0321');
  });

  test('list: rename, duplicate, delete with undo', async ({ page, context, problems }) => {
    await seed(context, [fixtureCharter!]);
    await page.goto('/tools/charter/');
    await page.getByRole('button', { name: 'Rename Amara and Tomasz' }).click();
    await page.getByLabel('New name for “Amara and Tomasz”').fill('Amara, first year');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(page.getByRole('link', { name: 'Amara, first year' })).toBeVisible();
    await page.getByRole('button', { name: 'Duplicate Amara, first year' }).click();
    await expect(page.getByRole('link', { name: 'Copy of Amara, first year' })).toBeVisible();
    await page.getByRole('button', { name: 'Delete Copy of Amara, first year' }).click();
    await expect(page.getByRole('link', { name: 'Copy of Amara, first year' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('link', { name: 'Copy of Amara, first year' })).toBeVisible();
    expect(await axe(page)).toEqual([]);
    expect(problems.console).toEqual([]);
  });

  test('keyboard only: start, fill, save a revision and print check', async ({ page, problems }) => {
    await page.goto('/tools/charter/');
    await page.getByRole('button', { name: 'Start a new charter' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Charter name')).toBeVisible();
    await page.getByLabel('Charter name').focus();
    await page.keyboard.type('Keyboard pair');
    // Tab forward to the mentor's name and type, as a keyboard user would.
    for (let i = 0; i < 40 && !(await page.getByLabel('Mentor’s name').evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(page.getByLabel('Mentor’s name')).toBeFocused();
    await page.keyboard.type('Ines Duarte');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ravi Shah');
    // Choose a cadence with the arrow keys.
    await page.getByRole('radio', { name: 'Every week' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Every two weeks' })).toBeChecked();
    await page.getByRole('button', { name: /Revisions/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Revisions' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Note for this revision')).toBeFocused();
    await page.keyboard.type('First draft');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Revision saved: “First draft”.')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Mentee’s name')).toHaveValue('Ravi Shah');
    await expect(page.getByLabel('Charter name')).toHaveValue('Keyboard pair');
    expect(problems.console).toEqual([]);
  });

  test('a saved charter file from the partner opens like a link', async ({ page, context }) => {
    await seed(context, [fixtureCharter!]);
    await page.goto(`/tools/charter/?id=${fixtureCharter!.id}`);
    await shareAs(page, 'Amara Okafor (mentee)');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as a file instead' }).click()]);
    const file = tempFile('charter.tandem.json', await downloadText(download));
    const other = await context.browser()!.newContext();
    const p2 = await other.newPage();
    await p2.goto('/tools/charter/');
    await p2.getByLabel('Charter file from your partner').setInputFiles(file);
    await expect(p2.getByRole('heading', { name: 'Amara Okafor sent you a draft of your charter' })).toBeVisible();
    await p2.getByLabel('Charter file from your partner').isHidden();
    await other.close();
    await page.goto('/tools/charter/');
    await page.getByLabel('Charter file from your partner').setInputFiles(tempFile('wrong.json', '{"format":"something-else"}'));
    await expect(page.getByRole('alert')).toHaveText('This file is not a charter shared from this handbook. Nothing was changed.');
  });
});

test.describe('two tabs: a charter deleted in one while the other is typing in it', () => {
  async function open(context: Parameters<typeof seed>[0]) {
    await seed(context, [fixtureCharter!]);
    const one = await context.newPage();
    const two = await context.newPage();
    await two.goto(`/tools/charter/?id=${fixtureCharter!.id}`);
    const field = two.getByLabel('Our purpose');
    await field.click();
    await two.keyboard.press('End');
    await two.keyboard.type(' Typed before.', { delay: 20 });
    await two.keyboard.press('Tab');
    await one.goto('/tools/charter/');
    await one.getByRole('button', { name: 'Delete Amara and Tomasz' }).click();
    await expect(one.getByRole('status').filter({ hasText: /Deleted/ })).toBeVisible();
    // Tab two keeps the charter on the page, says so, and goes on taking what is typed.
    await expect(two.getByRole('alert')).toContainText('This charter was deleted in another tab.');
    await field.click();
    await two.keyboard.press('End');
    await two.keyboard.type(' Typed after.', { delay: 20 });
    await two.keyboard.press('Tab');
    await expect(field).toHaveValue(/Typed before\. Typed after\.$/);
    await expect(two.getByText('Not saved: this charter was deleted in another tab.')).toBeVisible();
    return { one, two, field };
  }

  test('keeps every word on the page, and Undo in the first tab brings it all back', async ({ context }) => {
    const { one, two } = await open(context);
    await leavingAsks(two, /\/tools\/charter\/\?id=/);
    await one.getByRole('button', { name: 'Undo' }).click();
    await expect(two.getByRole('alert').filter({ hasText: 'deleted in another tab' })).toHaveCount(0);
    await expect.poll(async () => JSON.stringify(await tandemStorage(one))).toContain('Typed before. Typed after.');
  });

  test('“Keep this charter” stores it again, with what was typed', async ({ context }) => {
    const { two, field } = await open(context);
    await two.getByRole('button', { name: 'Keep this charter' }).click();
    await expect(two.getByRole('alert').filter({ hasText: 'deleted in another tab' })).toHaveCount(0);
    await expect(two.getByText('Saved in this browser as you type.')).toBeVisible();
    await two.reload();
    await expect(field).toHaveValue(/Typed before\. Typed after\.$/);
  });
});
