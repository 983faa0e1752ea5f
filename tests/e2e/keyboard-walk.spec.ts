/**
 * Every tool walked by keyboard alone: each control is reached with Tab and used with Enter, Space
 * or the arrow keys. After each add, remove, tick, undo, delete, restore or merge, the test checks
 * where focus is and what a screen reader heard from a polite live region (keyboard.ts: `listen`).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fixtureDoc, fixtureDocs, seed, tempFile } from './helpers';
import { expectSaid, focusIs, hydrated, listen, press, tabTo } from './keyboard';

const [charter, assessment, reflection] = fixtureDocs();
const session = fixtureDoc('session.v1.json');

const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' });

// Walking a long page by Tab takes longer than clicking.
test.describe.configure({ timeout: 90_000 });
test.beforeEach(async ({ context }) => listen(context));

test('charter goals and milestones: add, remove and undo by keyboard, each said, focus on the next control', async ({ page }) => {
  await page.goto('/tools/charter/');
  await hydrated(page);
  await press(page, button(page, 'Start a new charter'));
  await expect(page.getByLabel('Charter name')).toBeVisible();
  const add = button(page, 'Add a goal to the mentee’s goals');

  await press(page, add);
  await expect(page.getByLabel('Goal 1', { exact: true })).toBeFocused();
  await expectSaid(page, 'Added goal 1 to the mentee’s goals.');
  await page.keyboard.type('Lead a team', { delay: 15 });
  await page.keyboard.press('Tab');
  await page.keyboard.type('Runs the Monday meeting', { delay: 15 });

  await press(page, button(page, 'Add a milestone to goal 1 of the mentee’s goals'));
  await expect(page.getByLabel('Date', { exact: true })).toBeFocused();
  await expectSaid(page, 'Added milestone 1 to goal 1 of the mentee’s goals.');
  await tabTo(page, page.getByLabel('Milestone', { exact: true }));
  await page.keyboard.type('First stand-up', { delay: 15 });
  await press(page, button(page, 'Remove milestone 1 of goal 1 of the mentee’s goals'));
  await expectSaid(page, 'Removed milestone 1 of goal 1 of the mentee’s goals, “First stand-up”.');
  await expect(button(page, 'Add a milestone to goal 1 of the mentee’s goals')).toBeFocused();
  await press(page, button(page, 'Undo'));
  await expectSaid(page, 'Restored.');
  await expect(page.getByLabel('Milestone', { exact: true })).toHaveValue('First stand-up');

  await press(page, add);
  await expect(page.getByLabel('Goal 2', { exact: true })).toBeFocused();
  await page.keyboard.type('Publish a post', { delay: 15 });
  await press(page, button(page, 'Remove goal 1 of the mentee’s goals'));
  await expectSaid(page, 'Removed goal 1 of the mentee’s goals, “Lead a team”.');
  // What took its place: the goal that was second.
  await expect(page.getByLabel('Goal 1', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Goal 1', { exact: true })).toHaveValue('Publish a post');
  await press(page, button(page, 'Undo'));
  await expectSaid(page, 'Restored.');
  await expect(page.getByLabel('Goal 1', { exact: true })).toHaveValue('Lead a team');
  await expect(page.getByLabel('Goal 2', { exact: true })).toHaveValue('Publish a post');
  await expect(page.getByLabel('Milestone', { exact: true })).toHaveValue('First stand-up');
  await expect.poll(() => focusIs(page)).toMatch(/Restored\./);

  // Kept after a reload: the undone goal was saved again.
  await page.reload();
  await expect(page.getByLabel('Goal 1', { exact: true })).toHaveValue('Lead a team');
  await expect(page.getByLabel('Goal 2', { exact: true })).toHaveValue('Publish a post');
});

test('a charter choice: chosen with the arrow keys, cleared and put back, each said', async ({ page, context }) => {
  await seed(context, [charter!]);
  await page.goto(`/tools/charter/?id=${charter!.id}`);
  await hydrated(page);
  const format = page.getByRole('group', { name: 'Format' });
  await press(page, format.getByRole('radio', { name: 'Phone' }));
  await expect(format.getByRole('radio', { name: 'Phone' })).toBeFocused();
  await press(page, format.getByRole('button', { name: 'Clear this choice for Format' }));
  await expectSaid(page, 'Cleared “Format”.');
  await expect(format.getByRole('radio', { name: 'In person' })).toBeFocused();
  await expect(format.getByRole('radio', { checked: true })).toHaveCount(0);
  await press(page, button(page, 'Undo'));
  await expectSaid(page, 'Restored.');
  await expect(format.getByRole('radio', { name: 'Phone' })).toBeChecked();
  // Cleared, then chosen again: the Undo goes, so it cannot replace the new choice.
  await press(page, format.getByRole('button', { name: 'Clear this choice for Format' }));
  await expect(button(page, 'Undo')).toHaveCount(1);
  await press(page, format.getByRole('radio', { name: 'Video call' }));
  await expect(button(page, 'Undo')).toHaveCount(0);
  await expect(format.getByRole('radio', { name: 'Video call' })).toBeChecked();
});

test('the charter list: duplicate, rename, delete and undo by keyboard, each said', async ({ page, context }) => {
  await seed(context, [charter!]);
  await page.goto('/tools/charter/');
  await hydrated(page);
  await press(page, button(page, 'Duplicate Amara and Tomasz'));
  await expectSaid(page, 'Made “Copy of Amara and Tomasz”.');
  await expect(button(page, 'Duplicate Amara and Tomasz')).toBeFocused();
  await press(page, button(page, 'Delete Copy of Amara and Tomasz'));
  await expectSaid(page, 'Deleted “Copy of Amara and Tomasz”.');
  await expect(page.locator('#charters-title')).toBeFocused();
  await press(page, button(page, 'Undo'));
  await expectSaid(page, 'Restored.');
  await expect(page.getByRole('link', { name: 'Copy of Amara and Tomasz', exact: true })).toBeVisible();
  await press(page, button(page, 'Rename Copy of Amara and Tomasz'));
  await expect(page.locator('input[id^="rename-"]')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Second copy', { delay: 15 });
  await page.keyboard.press('Enter');
  await expectSaid(page, 'Renamed to “Second copy”.');
  await expect(button(page, 'Rename Second copy')).toBeFocused();
});

test('moving inside a tool: back on the list, focus returns to the charter just left; Back and Forward never drop it', async ({ page, context }) => {
  await seed(context, [charter!]);
  await page.goto('/tools/charter/');
  await hydrated(page);
  const link = page.getByRole('link', { name: 'Amara and Tomasz', exact: true });
  await press(page, link);
  await expect(page.getByLabel('Charter name')).toBeVisible();
  await expectPlace(page);
  await press(page, page.getByRole('link', { name: '← All charters' }));
  await expect(link).toBeFocused();
  await page.goBack();
  await expect(page.getByLabel('Charter name')).toBeVisible();
  await expectPlace(page);
  await page.goBack();
  await expect(link).toBeFocused();
  await page.goForward();
  await expect(page.getByLabel('Charter name')).toBeVisible();
  await expectPlace(page);
});

test('revisions: save, compare and restore by keyboard, each said', async ({ page, context }) => {
  await seed(context, [charter!]);
  await page.goto(`/tools/charter/?id=${charter!.id}`);
  await hydrated(page);
  await press(page, button(page, /^Revisions/));
  await expect(page.locator('#rev-title')).toBeFocused();
  await tabTo(page, page.getByLabel('Note for this revision'));
  await page.keyboard.type('First agreed', { delay: 15 });
  await page.keyboard.press('Enter');
  await expectSaid(page, /^Revision saved: “First agreed”/);
  await expectPlace(page);
  await tabTo(page, page.getByLabel('Our purpose'));
  await page.keyboard.press('End');
  await page.keyboard.type(' More.', { delay: 15 });
  await page.keyboard.press('Tab');
  await press(page, button(page, /^Restore/).first());
  await expect.poll(() => focusIs(page)).toMatch(/^button#confirm-restore-/);
  await page.keyboard.press('Enter');
  await expectSaid(page, /^Restored the version of/);
  await expect(page.getByLabel('Our purpose')).not.toHaveValue(/More\.$/);
});

test('merging a partner’s version by keyboard: choose with the arrow keys, save, and land on what happened', async ({ page, context, browser }) => {
  await seed(context, [charter!]);
  await page.goto(`/tools/charter/?id=${charter!.id}`);
  await hydrated(page);
  await press(page, button(page, 'Share with my partner'));
  await press(page, page.getByRole('radio', { name: 'Tomasz Nowak (mentor)' }));
  const link = await page.getByLabel('Link for Amara Okafor').inputValue();

  const other = await browser.newContext();
  await listen(other);
  const mentee = await other.newPage();
  await mentee.goto(link);
  await hydrated(mentee);
  await press(mentee, button(mentee, 'Add my part').first());
  await expectPlace(mentee);
  await tabTo(mentee, mentee.getByLabel('Our purpose', { exact: true }));
  await mentee.keyboard.press('Control+A');
  await mentee.keyboard.type('Amara leads her first team well.', { delay: 10 });
  await mentee.keyboard.press('Tab');
  await press(mentee, button(mentee, 'Share with my partner'));
  // Her copy already says whose it is (she said so with “Add my part”).
  await expect(mentee.getByText('Sent from Amara Okafor (mentee).')).toBeVisible();
  const back = await mentee.getByLabel('Link for Tomasz Nowak').inputValue();
  await other.close();

  // Meanwhile the mentor changed the same field: the merge asks.
  await tabTo(page, page.getByLabel('Our purpose', { exact: true }));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Amara leads a team; Tomasz learns.', { delay: 10 });
  await page.keyboard.press('Tab');
  await page.goto(back);
  await hydrated(page);
  const purpose = page.getByRole('group', { name: /Our purpose$/ });
  await press(page, button(page, 'Save the agreed version'));
  await expect(page.getByRole('alert').filter({ hasText: 'Choose a version' })).toBeFocused();
  await press(page, purpose.getByRole('radio', { name: 'Use Amara Okafor’s' }));
  await press(page, button(page, 'Save the agreed version'));
  await expect(page.getByRole('heading', { name: 'Saved the agreed version' })).toBeFocused();
});

test('the self-assessment: start, answer with the arrow keys (progress said), finish, delete and undo by keyboard', async ({ page }) => {
  await page.goto('/tools/reciprocity/');
  await hydrated(page);
  await press(page, page.getByRole('radio', { name: 'mentee' }));
  await press(page, page.getByRole('radio', { name: 'The first three months' }).first());
  await press(page, button(page, 'Start'));
  await expect(page.locator('#questionnaire-title')).toBeFocused();
  const first = page.locator('fieldset.statement').first();
  await press(page, first.getByRole('radio').nth(2));
  await expectSaid(page, /^1 of \d+ statements answered$/);
  await page.keyboard.press('ArrowDown');
  await expect(first.getByRole('radio').nth(3)).toBeChecked();
  const second = page.locator('fieldset.statement').nth(1);
  await press(page, second.getByRole('radio').first());
  await expectSaid(page, /^2 of \d+ statements answered$/);
  await press(page, button(page, 'See my results'));
  await expect(page.getByRole('alert')).toContainText('still unanswered');
  await expect(button(page, 'Yes, see my results')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#results-title')).toBeFocused();
  await press(page, page.getByRole('link', { name: /All assessments|Back/ }).first());
  await hydrated(page);
  await press(page, page.getByRole('button', { name: /^Delete the assessment of .* as the mentee$/ }));
  await expectSaid(page, /^Deleted the assessment of .* as the mentee\./);
  await expectPlace(page);
  await press(page, button(page, 'Undo'));
  await expectSaid(page, 'Restored.');
  await expect(page.getByRole('button', { name: /^Delete the assessment of / })).toHaveCount(1);
});

test('a reflection checklist: ticks and their progress said, an entry deleted and put back, by keyboard', async ({ page, context }) => {
  await seed(context, [reflection!]);
  await page.clock.setFixedTime(new Date('2026-10-10T10:00:00Z'));
  await page.goto('/tools/reflection/after-session/');
  await hydrated(page);
  const boxes = page.locator('fieldset.checklist-section').getByRole('checkbox');
  await press(page, boxes.first());
  await expect(boxes.first()).toBeChecked();
  await expect(boxes.first()).toBeFocused();
  await expectSaid(page, /^1 of \d+ ticked/);
  await page.keyboard.press('Space');
  await expectSaid(page, /^0 of \d+ ticked/);
  await press(page, page.getByRole('button', { name: /^Delete the entry of 3 October 2026/ }));
  await expectSaid(page, 'Deleted the entry of 3 October 2026.');
  await expect(page.locator('#journal-title')).toBeFocused();
  await press(page, button(page, 'Undo'));
  await expectSaid(page, 'Restored.');
  await expect(page.getByRole('button', { name: /^Delete the entry of 3 October 2026/ })).toBeVisible();
});

test('My mentoring and a session record: every action by keyboard keeps the place and says what happened', async ({ page, context }) => {
  // Two actions still open from the session.
  const data = session.data as { actions: { id: string; who: string; text: string; done: boolean }[] };
  const twoOpen = { ...session, data: { ...data, actions: [...data.actions, { id: 'a3', who: 'mentor', text: 'Book the rota meeting', done: false }] } };
  await seed(context, [charter!, twoOpen]);
  await page.clock.setFixedTime(new Date('2026-10-20T12:00:00Z'));
  await page.goto('/my-mentoring/');
  await hydrated(page);
  const panel = page.getByRole('region', { name: 'Amara and Tomasz' });
  await expect(panel).toBeVisible();

  // Whose lists to show, chosen with the arrow keys: it stays open while choosing, focus stays, each choice said.
  const whose = panel.getByRole('group', { name: 'Whose lists to show' });
  await press(page, whose.getByRole('radio', { name: 'Both of us, in this browser' }));
  await expect(whose.getByRole('radio', { name: 'Both of us, in this browser' })).toBeFocused();
  await expectSaid(page, 'Lists shown: both of yours.');
  await page.keyboard.press('ArrowUp');
  await expect(whose.getByRole('radio', { name: 'Tomasz Nowak (mentor)' })).toBeFocused();
  await expectSaid(page, 'Lists shown: Tomasz Nowak’s and the ones you share.');

  // An open action ticked on the panel: said, with Undo.
  const open = panel.getByRole('heading', { name: 'Open actions' }).locator('..');
  await press(page, open.getByRole('checkbox').first());
  await expectSaid(page, 'Marked done: “Write the stand-up notes the team asked for”.');
  await expect(open.getByRole('checkbox')).toHaveCount(1);
  await expect(open.getByRole('checkbox')).toBeFocused();
  // The next one ticked straight after: the last, so the status line takes focus, and one Undo opens both.
  await page.keyboard.press('Space');
  await expectSaid(page, 'Marked done: “Book the rota meeting”. Undo opens all 2 again.');
  await expect(open.getByRole('status')).toBeFocused();
  await press(page, open.getByRole('button', { name: 'Undo' }));
  await expectSaid(page, 'Restored.');
  await expect(open.getByRole('checkbox')).toHaveCount(2);

  // Open the logged session from the log, by keyboard.
  await press(page, panel.getByRole('link', { name: /^Session of 13 October 2026/ }));
  const heading = page.getByRole('heading', { name: /^Session of 13 October 2026/ });
  await expect(heading).toBeFocused();

  // "Not this time", reached with the arrow keys: said, undone.
  const goal = page.getByRole('group', { name: /Run the weekly stand-up/ });
  await press(page, goal.getByRole('radio', { name: 'Not this time' }));
  await expectSaid(page, /^Cleared how this session moved “Run the weekly stand-up with confidence”, and its note\./);
  await expect(goal.getByRole('radio', { name: 'Not this time' })).toBeFocused();
  await press(page, button(page, 'Undo'));
  await expectSaid(page, 'Restored.');
  await expect(goal.getByRole('radio', { name: 'Moved forward' })).toBeChecked();
  // Passing "Not this time" with the arrow keys on the way to another choice: the note comes back.
  const note = page.getByLabel('How, for “Run the weekly stand-up with confidence”');
  await expect(note).toHaveValue('Ran two stand-ups; the second one kept to time.');
  await tabTo(page, goal.getByRole('radio', { name: 'Moved forward' }));
  await page.keyboard.press('ArrowUp');
  await expect(goal.getByRole('radio', { name: 'Not this time' })).toBeChecked();
  await page.keyboard.press('ArrowUp');
  await expect(goal.getByRole('radio', { name: 'Stuck' })).toBeChecked();
  await expectSaid(page, 'Stuck: the note for “Run the weekly stand-up with confidence” is back.');
  await expect(note).toHaveValue('Ran two stand-ups; the second one kept to time.');

  // Add an action, tick it, untick it, remove it, undo.
  await press(page, button(page, 'Add an action for the mentor'));
  await expect(page.getByLabel('The mentor will').last()).toBeFocused();
  await expectSaid(page, 'Added action 4, for the mentor.');
  await page.keyboard.type('Send the article', { delay: 15 });
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  await expectSaid(page, 'Marked done: “Send the article”.');
  await page.keyboard.press('Space');
  await expectSaid(page, 'Marked not done: “Send the article”.');
  await press(page, button(page, 'Remove the action “Send the article”'));
  await expectSaid(page, 'Removed the action “Send the article”.');
  await expectPlace(page);
  await press(page, button(page, 'Undo'));
  await expectSaid(page, 'Restored.');
  await expect(page.getByLabel('The mentor will').last()).toHaveValue('Send the article');

  // Done: back to the panel, focus on the session just left.
  await press(page, button(page, 'Done'));
  await expect(panel.getByRole('link', { name: /^Session of 13 October 2026/ })).toBeFocused();

  // Deleted from its record: back on My mentoring, said, and Undo brings it back.
  await press(page, panel.getByRole('link', { name: /^Session of 13 October 2026/ }));
  await expect(heading).toBeFocused();
  await press(page, button(page, 'Delete this session record'));
  await expectSaid(page, 'Deleted the session record of 13 October 2026.');
  await expectPlace(page);
  await press(page, button(page, 'Undo'));
  await expectSaid(page, 'Restored.');
  await expect(panel.getByRole('link', { name: /^Session of 13 October 2026/ })).toBeVisible();
});

test('My data: delete one and undo, import with a preview, cancel, and delete everything, by keyboard', async ({ page, context }) => {
  await seed(context, [charter!, assessment!]);
  await page.goto('/my-data/');
  await hydrated(page);
  await press(page, page.getByRole('button', { name: /^Delete Self-assessment as mentee, / }));
  await expectSaid(page, /^Deleted “Self-assessment as mentee, /);
  await expect(page.locator('#stored-title')).toBeFocused();
  // A second delete in a row keeps the first one's Undo: one Undo puts both back.
  await press(page, button(page, 'Delete Amara and Tomasz'));
  await expectSaid(page, 'Deleted “Amara and Tomasz”. Undo puts back all 2 deleted.');
  await press(page, button(page, 'Undo'));
  await expectSaid(page, 'Restored.');
  await expect(page.locator('.data-table tbody tr')).toHaveCount(2);

  // Import a backup: the preview takes focus; Cancel returns to the file field; Import says what it did.
  const file = tempFile('backup.json', JSON.stringify({ format: 'tandem-backup', formatVersion: 1, appVersion: '0.1.0', exportedAt: '2026-11-01T10:00:00.000Z', documents: [reflection] }));
  const chooser = page.waitForEvent('filechooser');
  await tabTo(page, page.getByLabel(/^Backup file/));
  await page.keyboard.press('Space');
  await (await chooser).setFiles(file);
  await expect(page.getByRole('heading', { name: /What importing/ })).toBeFocused();
  await press(page, button(page, 'Cancel the import'));
  await expect(page.getByLabel(/^Backup file/)).toBeFocused();
  await expectSaid(page, 'Import cancelled: nothing was changed.');
  const again = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await again).setFiles(file);
  await press(page, page.getByRole('button', { name: /^Import/ }).last());
  await expectSaid(page, 'Imported 1 document.');
  await expectPlace(page);

  // Enter twice on "Delete everything…" (or a held key) keeps everything: the safe choice has focus.
  await press(page, button(page, 'Delete everything…'));
  await expect(page.locator('#keep-everything')).toBeFocused();
  await page.keyboard.press('Enter');
  await expectSaid(page, 'Nothing was deleted.');
  await expect(page.locator('#delete-all')).toBeFocused();
  await page.keyboard.press('Enter');
  await press(page, button(page, 'Yes, delete everything'));
  await expectSaid(page, 'Everything was deleted from this browser.');
  await expect(page.locator('#stored-title')).toBeFocused();
});

/** Focus stayed on the page: on a control or a heading, never dropped to <body>. */
async function expectPlace(page: Page): Promise<void> {
  await expect.poll(() => focusIs(page)).not.toBe('body');
}
