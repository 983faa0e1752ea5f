/**
 * A whole exchange of a charter between partners, merged three ways: what each changed since the
 * version both last saw is chosen for them, a field cleared by one is offered like any change, only
 * a field both changed asks for a choice, and the text before the merge is kept as a revision.
 */
import type { Page } from '@playwright/test';
import { expect, test, watch } from './fixtures';
import { fixtureDocs, seed, shareAs } from './helpers';

const [charter] = fixtureDocs();

async function shareLink(page: Page, me: 'Tomasz Nowak (mentor)' | 'Amara Okafor (mentee)', partner: string): Promise<string> {
  await shareAs(page, me);
  return page.getByLabel(`Link for ${partner}`).inputValue();
}

async function edit(page: Page, label: string, text: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(text);
  await field.blur();
}

test('an exchange in both directions keeps both sides’ changes and asks only where both changed', async ({ page: mentor, context, browser }) => {
  await seed(context, [charter!]);
  await mentor.goto(`/tools/charter/?id=${charter!.id}`);
  const first = await shareLink(mentor, 'Tomasz Nowak (mentor)', 'Amara Okafor');

  // The mentee saves her copy, renames it, adds, clears and rewrites.
  const menteeContext = await browser.newContext();
  const mentee = await menteeContext.newPage();
  const menteeProblems = watch(mentee);
  await mentee.goto(first);
  await mentee.getByRole('button', { name: 'Add my part' }).first().click();
  await edit(mentee, 'Charter name', 'Amara & Tomasz, 2026');
  await edit(mentee, 'The mentee offers back', 'How graduates see the firm.');
  await edit(mentee, 'Session length (minutes)', '');
  await edit(mentee, 'Our purpose', 'Amara leads her first team well.');
  const back = await shareLink(mentee, 'Amara Okafor (mentee)', 'Tomasz Nowak');

  // Meanwhile the mentor changed one field of his own, and the same purpose.
  await mentor.goto(`/tools/charter/?id=${charter!.id}`);
  await edit(mentor, 'Channel between sessions', 'Slack, direct messages');
  await edit(mentor, 'Our purpose', 'Amara leads a team; Tomasz learns from her.');

  await mentor.goto(back);
  await expect(mentor.getByRole('heading', { name: 'Compare Amara Okafor’s version with yours' })).toBeVisible();
  await expect(mentor.getByText(/You both changed one place: choose there, then save\./)).toBeVisible();
  const group = (name: RegExp) => mentor.getByRole('group', { name });
  const theirs = (g: ReturnType<typeof group>) => g.getByRole('radio', { name: 'Use Amara Okafor’s' });
  const mine = (g: ReturnType<typeof group>) => g.getByRole('radio', { name: 'Keep mine' });
  await expect(theirs(group(/Charter name$/))).toBeChecked();
  await expect(theirs(group(/The mentee offers back$/))).toBeChecked();
  await expect(theirs(group(/Session length \(minutes\)$/))).toBeChecked();
  await expect(group(/Session length \(minutes\)$/)).toContainText('Amara Okafor changed this, so their version is chosen.');
  await expect(mine(group(/Channel between sessions$/))).toBeChecked();
  const purpose = group(/Our purpose$/);
  await expect(purpose).toContainText('You both changed this: choose one, or write a combined version.');
  await expect(theirs(purpose)).not.toBeChecked();
  await expect(mine(purpose)).not.toBeChecked();

  // Saving without choosing where both changed: one message, with focus on it.
  await mentor.getByRole('button', { name: 'Save the agreed version' }).click();
  const alert = mentor.getByRole('alert').filter({ hasText: 'Choose a version' });
  await expect(alert).toBeFocused();
  await expect(alert.getByRole('link')).toHaveText(/Our purpose/);
  await purpose.getByRole('radio', { name: 'Write a combined version' }).check();
  await purpose.getByLabel('Combined text for Our purpose').fill('Amara leads her first team well; Tomasz learns from her.');
  await mentor.getByRole('button', { name: 'Save the agreed version' }).click();
  await expect(mentor.getByRole('heading', { name: 'Saved the agreed version' })).toBeFocused();

  await mentor.getByRole('link', { name: 'Open the charter' }).click();
  await expect(mentor.getByLabel('Charter name')).toHaveValue('Amara & Tomasz, 2026');
  await expect(mentor.getByLabel('The mentee offers back')).toHaveValue('How graduates see the firm.');
  await expect(mentor.getByLabel('Session length (minutes)')).toHaveValue('');
  await expect(mentor.getByLabel('Channel between sessions')).toHaveValue('Slack, direct messages');
  await expect(mentor.getByLabel('Our purpose')).toHaveValue('Amara leads her first team well; Tomasz learns from her.');
  await mentor.getByRole('button', { name: /Revisions/ }).click();
  await expect(mentor.locator('.revision-list .rev-note').first()).toBeVisible();
  const notes = await mentor.locator('.revision-list .rev-note').allInnerTexts();
  expect(notes.slice(0, 2)).toEqual([expect.stringMatching(/^Agreed text after comparing with Amara Okafor’s version/), 'Before merging Amara Okafor’s version']);

  // The agreed version goes back: everything differing was changed by him alone, so nothing to choose.
  await mentor.goto(`/tools/charter/?id=${charter!.id}`);
  const again = await shareLink(mentor, 'Tomasz Nowak (mentor)', 'Amara Okafor');
  await mentee.goto(again);
  await expect(mentee.getByRole('heading', { name: 'Compare Tomasz Nowak’s version with yours' })).toBeVisible();
  await expect(mentee.getByText('Each was changed by one of you only, and that change is chosen: check, then save.')).toBeVisible();
  await mentee.getByRole('button', { name: 'Accept the agreed version' }).click();
  await expect(mentee.getByText(/^Agreed on .* by Tomasz Nowak and Amara Okafor\. You both have this version\.$/)).toBeVisible();
  await mentee.getByRole('link', { name: 'Open the charter' }).click();
  await expect(mentee.getByLabel('Channel between sessions')).toHaveValue('Slack, direct messages');
  await expect(mentee.getByLabel('Our purpose')).toHaveValue('Amara leads her first team well; Tomasz learns from her.');
  expect(menteeProblems.console).toEqual([]);
  await menteeContext.close();
});

test('each copy knows whose it is: sharing asks once, and each person’s My mentoring lists their own checklists and the ones they share', async ({
  page: mentor,
  context,
  browser,
}) => {
  const dated = JSON.parse(JSON.stringify(charter)) as typeof charter & { data: { values: Record<string, unknown> } };
  Object.assign(dated!.data.values, { 'rhythm.firstDate': '2026-11-03', 'rhythm.cadence': 'fortnightly' });
  await seed(context, [dated!]);
  await mentor.clock.setFixedTime(new Date('2026-11-10T09:00:00Z'));
  await mentor.goto(`/tools/charter/?id=${charter!.id}`);
  const link = await shareLink(mentor, 'Tomasz Nowak (mentor)', 'Amara Okafor');
  await mentor.getByRole('button', { name: 'Close' }).click();
  // Asked once: the panel opens on the same answer, with the link made.
  await mentor.getByRole('button', { name: 'Share with my partner' }).click();
  await expect(mentor.getByText('Sent from Tomasz Nowak (mentor).')).toBeVisible();
  await expect(mentor.getByLabel('Link for Amara Okafor')).toHaveValue(/#share=/);

  const lists = (page: Page) => page.locator('.due-list a');
  await mentor.goto('/my-mentoring/');
  await expect(mentor.getByText('Showing Tomasz Nowak’s lists and the ones you share')).toBeVisible();
  await expect(lists(mentor)).toContainText(['Before a session, for mentors']);
  await expect(lists(mentor).filter({ hasText: /for mentees|Mentee self-reflection/ })).toHaveCount(0);

  // The mentee saves her copy from his link: it is hers, the mentee's, without being asked.
  const menteeContext = await browser.newContext();
  const mentee = await menteeContext.newPage();
  await mentee.clock.setFixedTime(new Date('2026-11-10T09:00:00Z'));
  await mentee.goto(link);
  await mentee.getByRole('button', { name: 'Add my part' }).first().click();
  await mentee.goto('/my-mentoring/');
  await expect(mentee.getByText('Showing Amara Okafor’s lists and the ones you share')).toBeVisible();
  await expect(lists(mentee)).toContainText(['Before a session, for mentees']);
  await expect(lists(mentee).filter({ hasText: /for mentors|Mentor self-reflection/ })).toHaveCount(0);
  await expect(lists(mentee).filter({ hasText: 'After a session' })).toHaveCount(1);
  await mentee.goto(`/tools/charter/?id=${charter!.id}`);
  await mentee.getByRole('button', { name: 'Share with my partner' }).click();
  await expect(mentee.getByText('Sent from Amara Okafor (mentee).')).toBeVisible();
  await menteeContext.close();

  // Two people keeping one browser see both sides' lists, and the choice stays.
  await mentor.getByText('Showing Tomasz Nowak’s lists and the ones you share').click();
  await expect(mentor.getByRole('radio', { name: 'Tomasz Nowak (mentor)' })).toBeChecked();
  await mentor.getByRole('radio', { name: 'Both of us, in this browser' }).click();
  await expect(lists(mentor).filter({ hasText: 'Before a session, for mentees' })).toHaveCount(1);
  await mentor.reload();
  await expect(mentor.getByText('Showing the lists for both of you')).toBeVisible();
  await expect(lists(mentor).filter({ hasText: 'Before a session, for mentors' })).toHaveCount(1);
  await expect(lists(mentor).filter({ hasText: 'Before a session, for mentees' })).toHaveCount(1);
});
