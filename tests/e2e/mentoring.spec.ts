/**
 * My mentoring: one panel per relationship with the next session, what is due, goals and the
 * session log, over a faked month for a pair that meets every two weeks.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fixtureDoc, fixtureDocs, leavingAsks, printToPdf, seed, tandemStorage } from './helpers';

const [fixtureCharter] = fixtureDocs();
const charter = JSON.parse(JSON.stringify(fixtureCharter)) as typeof fixtureCharter & { data: { values: Record<string, unknown> } };
Object.assign(charter!.data.values, { 'rhythm.firstDate': '2026-11-03', 'rhythm.firstTime': '18:00', 'rhythm.timeZone': 'Europe/London', 'rhythm.cadence': 'fortnightly' });

const panel = (page: Page) => page.getByRole('region', { name: 'Amara and Tomasz' });

async function at(page: Page, iso: string) {
  await page.clock.setFixedTime(new Date(iso));
  await page.goto('/my-mentoring/');
  await expect(panel(page)).toBeVisible();
}

test('with nothing stored, the page offers three steps to begin', async ({ page }) => {
  await page.goto('/my-mentoring/');
  const steps = page.getByRole('region', { name: 'Three steps to begin' });
  await expect(steps.getByRole('link')).toHaveText(['Read “Starting well”', 'Write your charter together', 'Take the self-assessment']);
});

test('a pair meeting every two weeks sees the right next session and what is due, over a month', async ({ page, context }) => {
  await seed(context, [charter!]);
  await at(page, '2026-11-05T09:00:00Z');
  await expect(panel(page).getByRole('heading', { name: 'Next session' }).locator('..')).toContainText('17 Nov 2026, 18:00');
  await expect(panel(page)).toContainText('You meet every two weeks.');
  const due = () => panel(page).getByRole('list').filter({ has: page.getByRole('link', { name: 'After a session' }) });
  await expect(due()).toContainText('After a session: Due 3 November 2026');
  await expect(due()).toContainText('Before a session, for mentees: Next due 17 November 2026');
  // Coordinators' own checklists are not a pair's to do.
  await expect(due()).not.toContainText('Starting a cohort');
  await expect(due()).not.toContainText('Coordinator check-ins');

  // The day before the next session, the before-session list is due; done from its link, it is done.
  await at(page, '2026-11-16T09:00:00Z');
  await expect(due()).toContainText('Before a session, for mentees: Due 17 November 2026');
  await expect(due()).toContainText('After a session: Overdue since 3 November 2026');
  await panel(page).getByRole('link', { name: 'Before a session, for mentees' }).click();
  // The notice loads after the list and moves it down: a click aimed before it appears can land elsewhere.
  await expect(page.getByText('This checklist is due now')).toBeVisible();
  await page.getByRole('checkbox').first().check();
  await page.goto('/my-mentoring/');
  await expect(due()).toContainText('Before a session, for mentees: Done 16 November 2026');

  // After that session, the next is two weeks on, and the after-session list is due for it.
  await at(page, '2026-11-18T09:00:00Z');
  await expect(panel(page).getByRole('heading', { name: 'Next session' }).locator('..')).toContainText('1 Dec 2026, 18:00');
  await expect(panel(page).getByRole('heading', { name: 'Next session' }).locator('..')).toContainText('the last was 17 November 2026');
  await expect(due()).toContainText('After a session: Due 17 November 2026');
  await at(page, '2026-12-02T09:00:00Z');
  await expect(panel(page).getByRole('heading', { name: 'Next session' }).locator('..')).toContainText('15 Dec 2026, 18:00');
});

test('a session logged against a goal shows as progress, and an action left open carries to the next session', async ({ page, context }) => {
  await seed(context, [charter!]);
  await at(page, '2026-11-17T12:00:00Z');
  await panel(page).getByRole('button', { name: /^Log a session/ }).click();
  await expect(page.getByRole('heading', { name: /^Session of 17 November 2026/ })).toBeFocused();
  await page.getByRole('textbox', { name: 'What we discussed' }).click();
  await page.keyboard.type('The first stand-up, and the rota.', { delay: 20 });
  await page.keyboard.press('Tab');
  await page.getByRole('group', { name: /Run the weekly stand-up/ }).getByRole('radio', { name: 'Moved forward' }).check();
  await page.getByLabel('How, for “Run the weekly stand-up with confidence”').click();
  await page.keyboard.type('Ran two, kept to time.', { delay: 20 });
  await page.getByRole('button', { name: 'Add an action for the mentee' }).click();
  await expect(page.getByLabel('The mentee will')).toBeFocused();
  await page.keyboard.type('Write the stand-up notes', { delay: 20 });
  await page.keyboard.press('Tab');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'What we discussed' })).toHaveValue('The first stand-up, and the rota.');
  await expect(page.getByLabel('The mentee will')).toHaveValue('Write the stand-up notes');

  await page.getByRole('link', { name: '← My mentoring' }).click();
  await expect(panel(page).getByRole('listitem').filter({ hasText: 'Run the weekly stand-up with confidence' })).toContainText('(moving, 1 session)');
  const open = panel(page).getByRole('heading', { name: 'Open actions' }).locator('..');
  await expect(open).toContainText('Mentee: Write the stand-up notes (from 17 November 2026)');

  // Two weeks on, the next session's record lists the open action, and ticking it closes it.
  await at(page, '2026-12-01T12:00:00Z');
  await panel(page).getByRole('button', { name: /^Log a session/ }).click();
  await expect(page.getByRole('heading', { name: /^Session of 1 December 2026/ })).toBeVisible();
  await expect(page.getByText('Still open from earlier sessions:')).toBeVisible();
  // Ticked, it is done: it leaves the list of open actions.
  await page.getByRole('checkbox', { name: /Write the stand-up notes/ }).click();
  await expect(page.getByText('Still open from earlier sessions:')).toHaveCount(0);
  await page.getByRole('link', { name: '← My mentoring' }).click();
  await expect(panel(page).getByRole('heading', { name: 'Open actions' }).locator('..')).toContainText('None open.');
  // The record of 1 December was opened but nothing was written in it, so it was never kept.
  const stored = Object.values(await tandemStorage(page)).filter((v) => v.includes('"type":"session"'));
  expect(stored).toHaveLength(1);
});

test('a goal’s note typed just before “Not this time”, with no pause, comes back with Undo, after a reload too', async ({ page, context }) => {
  await seed(context, [charter!]);
  await at(page, '2026-11-17T12:00:00Z');
  await panel(page).getByRole('button', { name: /^Log a session/ }).click();
  const goal = page.getByRole('group', { name: /Run the weekly stand-up/ });
  const note = page.getByLabel('How, for “Run the weekly stand-up with confidence”');
  await goal.getByRole('radio', { name: 'Moved forward' }).check();
  await note.click();
  await page.keyboard.type('Picked the project', { delay: 15 });
  await goal.getByRole('radio', { name: 'Not this time' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cleared how this session moved' })).toContainText('and its note');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(note).toHaveValue('Picked the project');
  await page.reload();
  await expect(page.getByLabel('How, for “Run the weekly stand-up with confidence”')).toHaveValue('Picked the project');
});

test('pressing Enter on “Add an action” and typing at once puts every key in the new action', async ({ page, context }) => {
  await seed(context, [charter!]);
  await at(page, '2026-11-17T12:00:00Z');
  await panel(page).getByRole('button', { name: /^Log a session/ }).click();
  const texts = ['Action one', 'Action two', 'Action three', 'Action four', 'Action five'];
  for (const text of texts) {
    await page.getByRole('button', { name: 'Add an action for the mentee' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type(text);
  }
  await page.keyboard.press('Tab');
  const fields = page.getByLabel('The mentee will');
  await expect(fields).toHaveCount(texts.length);
  for (const [i, text] of texts.entries()) await expect(fields.nth(i)).toHaveValue(text);
});

test('clearing a goal, removing an action and ticking an open action each say what happened, keep the keyboard’s place and can be undone', async ({ page, context }) => {
  await seed(context, [charter!]);
  await at(page, '2026-11-17T12:00:00Z');
  await panel(page).getByRole('button', { name: /^Log a session/ }).click();
  const goal = page.getByRole('group', { name: /Run the weekly stand-up/ });
  await goal.getByRole('radio', { name: 'Moved forward' }).check();
  await page.getByLabel('How, for “Run the weekly stand-up with confidence”').click();
  await page.keyboard.type('Ran two, kept to time.', { delay: 20 });
  await page.keyboard.press('Tab');
  // “Not this time” clears the note too: said, and undone.
  await goal.getByRole('radio', { name: 'Not this time' }).click();
  await expect(goal.getByRole('radio', { name: 'Not this time' })).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'Cleared how this session moved' })).toHaveText(/Cleared how this session moved “Run the weekly stand-up with confidence”, and its note\. Undo/);
  await expect(goal.getByRole('radio', { name: 'Not this time' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('How, for “Run the weekly stand-up with confidence”')).toHaveValue('Ran two, kept to time.');
  await expect(goal.getByRole('radio', { name: 'Moved forward' })).toBeChecked();
  // Cleared again, then another choice made: the old Undo is gone, so it cannot overwrite the new choice.
  await goal.getByRole('radio', { name: 'Not this time' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(1);
  await goal.getByRole('radio', { name: 'Stuck' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(goal.getByRole('radio', { name: 'Stuck' })).toBeChecked();

  // Two actions; removing the first moves focus to the next one's Remove button, and Undo puts it back first.
  for (const text of ['Write the stand-up notes', 'Book the rota meeting']) {
    await page.getByRole('button', { name: 'Add an action for the mentee' }).click();
    await expect(page.getByLabel('The mentee will').last()).toBeFocused();
    await page.keyboard.type(text, { delay: 15 });
    await page.keyboard.press('Tab');
  }
  await page.getByRole('button', { name: 'Remove the action “Write the stand-up notes”' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed the action' })).toContainText('Removed the action “Write the stand-up notes”.');
  await expect(page.getByRole('button', { name: 'Remove the action “Book the rota meeting”' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('The mentee will')).toHaveCount(2);
  await expect(page.getByLabel('The mentee will').first()).toHaveValue('Write the stand-up notes');
  await expect(page.getByRole('status').filter({ hasText: 'Restored.' })).toBeFocused();
  // Two removed one after the other: one Undo brings both back, in their places.
  await page.getByRole('button', { name: 'Remove the action “Write the stand-up notes”' }).click();
  await page.getByRole('button', { name: 'Remove the action “Book the rota meeting”' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed 2 actions' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('The mentee will')).toHaveCount(2);
  await expect(page.getByLabel('The mentee will').first()).toHaveValue('Write the stand-up notes');
  await expect(page.getByLabel('The mentee will').last()).toHaveValue('Book the rota meeting');

  // On My mentoring, ticking an open action says so, moves to the next box, and Undo opens it again.
  // (Clicked, not checked: a ticked box leaves the list, and check() would go on to tick the next.)
  await page.getByRole('link', { name: '← My mentoring' }).click();
  const open = panel(page).getByRole('heading', { name: 'Open actions' }).locator('..');
  await open.getByRole('checkbox').first().click();
  await expect(open.getByRole('status')).toContainText('Marked done: “Write the stand-up notes”.');
  await expect(open.getByRole('checkbox')).toHaveCount(1);
  await expect(open.getByRole('checkbox').first()).toBeFocused();
  await open.getByRole('button', { name: 'Undo' }).click();
  await expect(open.getByRole('checkbox')).toHaveCount(2);
  await expect(open).toContainText('Mentee: Write the stand-up notes');
  // The last one ticked: the list says none are open, and the status line takes focus.
  await open.getByRole('checkbox').first().click();
  await expect(open.getByRole('checkbox')).toHaveCount(1);
  await open.getByRole('checkbox').first().click();
  await expect(open).toContainText('None open.');
  await expect(open.getByRole('status')).toBeFocused();
});

test('a relationship prints as a one-page “where we are”, in A4 and Letter', async ({ page, context }) => {
  await seed(context, [charter!]);
  await at(page, '2026-11-05T09:00:00Z');
  for (const format of ['A4', 'Letter'] as const) {
    const { pages, text } = await printToPdf(page, format);
    expect(pages).toBe(1);
    expect(text.toLowerCase()).toContain('where we are');
    expect(text).toContain('Next session');
    for (const chrome of ['Skip to content', 'Log a session', 'My data']) expect(text).not.toContain(chrome);
  }
});

test('a session record prints on one page, filled, in A4 and Letter', async ({ page, context }) => {
  await seed(context, [charter!]);
  await at(page, '2026-11-17T12:00:00Z');
  await panel(page).getByRole('button', { name: /^Log a session/ }).click();
  await page.getByRole('textbox', { name: 'What we discussed' }).click();
  await page.keyboard.type('Stand-ups and the rota.', { delay: 10 });
  await page.getByRole('button', { name: 'Add an action for the mentor' }).click();
  // The new action's field takes the focus once it is on the screen; then the typing goes into it.
  await expect(page.locator('input[id^="action-"]:focus, textarea[id^="action-"]:focus')).toHaveCount(1);
  await page.keyboard.type('Introduce Amara to the platform lead', { delay: 10 });
  await page.keyboard.press('Tab');
  await expect(page.locator('.session-sheet')).toContainText('Introduce Amara to the platform lead');
  for (const format of ['A4', 'Letter'] as const) {
    const { pages, text } = await printToPdf(page, format);
    expect(pages).toBe(1);
    expect(text).toContain('Stand-ups and the rota.');
    expect(text).toContain('Introduce Amara to the platform lead');
    expect(text).not.toContain('Private note');
  }
});

test('the self-assessments on a panel show each role’s latest score, its trend, and answers to the earlier questionnaire apart', async ({ page, context }) => {
  // Tomasz took the current questionnaire twice (the second time with higher answers); Amara, only the earlier one.
  const first = fixtureDoc('assessment.v1.questionnaire-3.json') as ReturnType<typeof fixtureDoc> & { data: { answers: Record<string, unknown> } };
  const lower = Object.fromEntries(Object.keys(first.data.answers).map((k, i) => [k, i % 2 ? 2 : 3]));
  const higher = Object.fromEntries(Object.keys(first.data.answers).map((k, i) => [k, i % 2 ? 4 : 5]));
  const older = { ...first, id: 'q3mentor0tomasz0', createdAt: '2026-10-01T09:00:00.000Z', updatedAt: '2026-10-01T09:20:00.000Z', data: { ...first.data, completedAt: '2026-10-01T09:20:00.000Z', answers: lower } };
  const newer = { ...first, data: { ...first.data, answers: higher } };
  const [, earlierQuestionnaire] = fixtureDocs();
  await seed(context, [charter!, older, newer, earlierQuestionnaire!]);
  await at(page, '2026-11-20T09:00:00Z');
  const block = panel(page).getByRole('heading', { name: 'Self-assessments' }).locator('..');
  await expect(block.getByRole('listitem').filter({ hasText: 'As the mentor' })).toContainText(/\d+ out of 100/);
  await expect(block.getByRole('listitem').filter({ hasText: 'As the mentor' })).toContainText(/2 taken so far, up \d+ since the one before/);
  await expect(block.getByRole('listitem').filter({ hasText: 'As the mentee' })).toContainText('answered only with an earlier questionnaire');
  await expect(block.getByRole('link', { name: 'See the results as the mentor' })).toHaveAttribute('href', '/tools/reciprocity/?id=q3mentor0tomasz1');
});

test('“Log a session” opens a record that is kept from the first word typed, without losing the place, and Done returns with it saved; opened and left empty, nothing is kept', async ({ page, context }) => {
  await seed(context, [charter!]);
  await at(page, '2026-11-17T12:00:00Z');
  await panel(page).getByRole('button', { name: /^Log a session/ }).click();
  await expect(page.getByText('Nothing is kept until you write or choose something here')).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();
  expect(Object.keys(await tandemStorage(page)).filter((k) => k.includes(':session:'))).toHaveLength(0);
  await panel(page).getByRole('button', { name: /^Log a session/ }).click();
  const discussed = page.getByRole('textbox', { name: 'What we discussed' });
  await discussed.click();
  // Typed straight through the moment the record is first stored: focus and every key stay.
  await page.keyboard.type('We planned the rota for the quarter.', { delay: 40 });
  await expect(discussed).toBeFocused();
  await expect(discussed).toHaveValue('We planned the rota for the quarter.');
  await expect(page.getByText('Saved in this browser as you go.')).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(panel(page).getByRole('heading', { name: 'Session log' }).locator('..')).toContainText('17 November 2026');
  const stored = Object.values(await tandemStorage(page)).filter((v) => v.includes('"type":"session"'));
  expect(stored).toHaveLength(1);
  expect(stored[0]).toContain('We planned the rota for the quarter.');
});

test('logging a session twice opens the record already started, rather than an empty twin', async ({ page, context }) => {
  await seed(context, [charter!]);
  await at(page, '2026-11-17T12:00:00Z');
  await panel(page).getByRole('button', { name: /^Log a session/ }).click();
  await page.getByRole('textbox', { name: 'What we discussed' }).click();
  await page.keyboard.type('The rota.', { delay: 20 });
  await page.keyboard.press('Tab');
  await page.getByRole('link', { name: '← My mentoring' }).click();
  await panel(page).getByRole('button', { name: /^Open the session of 17 November 2026/ }).click();
  await expect(page.getByRole('textbox', { name: 'What we discussed' })).toHaveValue('The rota.');
  const stored = Object.values(await tandemStorage(page)).filter((v) => v.includes('"type":"session"'));
  expect(stored).toHaveLength(1);
});

test('once the agreed end has passed, the panel says so: no next session, and only the closing checklist is due', async ({ page, context }) => {
  const ended = JSON.parse(JSON.stringify(charter)) as typeof charter;
  ended!.data.values['partners.endDate'] = '2026-12-31';
  await seed(context, [ended!]);
  await at(page, '2027-01-20T09:00:00Z');
  const next = panel(page).getByRole('heading', { name: 'Next session' }).locator('..');
  await expect(next).toContainText('The end date you agreed, 31 December 2026, has passed, so no more sessions are scheduled.');
  const due = panel(page).getByRole('heading', { name: 'What is due' }).locator('..');
  await expect(due.getByRole('listitem')).toHaveText(['Closing the relationship well: Overdue since 31 December 2026']);
});

test('the day after a session not yet logged, “Log a session” makes the record of that session, not of the next', async ({ page, context }) => {
  await seed(context, [charter!]);
  await at(page, '2026-11-18T09:00:00Z');
  await panel(page).getByRole('button', { name: /^Log a session/ }).click();
  await expect(page.getByRole('heading', { name: /^Session of 17 November 2026/ })).toBeFocused();
  await expect(page.getByLabel('Date of the session')).toHaveValue('2026-11-17');
});

test('on a session day, the before-session list done before the session is logged stays done after it', async ({ page, context }) => {
  await seed(context, [charter!]);
  await at(page, '2026-11-17T12:00:00Z');
  const due = () => panel(page).getByRole('list').filter({ has: page.getByRole('link', { name: 'After a session' }) });
  await panel(page).getByRole('link', { name: 'Before a session, for mentees' }).click();
  // The notice loads after the list and moves it down: a click aimed before it appears can land elsewhere.
  await expect(page.getByText('This checklist is due now')).toBeVisible();
  await page.getByRole('checkbox').first().check();
  await page.goto('/my-mentoring/');
  await expect(due()).toContainText('Before a session, for mentees: Done 17 November 2026');
  await panel(page).getByRole('button', { name: /^Log a session/ }).click();
  await expect(page.getByRole('heading', { name: /^Session of 17 November 2026/ })).toBeFocused();
  await page.getByRole('link', { name: '← My mentoring' }).click();
  await expect(due()).toContainText('Before a session, for mentees: Done 17 November 2026');
  await panel(page).getByRole('link', { name: 'Before a session, for mentees' }).click();
  await expect(page.getByText('This checklist is due now')).toHaveCount(0);
});

test('a charter without a session time or length: the calendar button says what is missing', async ({ page, context }) => {
  const bare = JSON.parse(JSON.stringify(charter)) as typeof charter;
  delete bare!.data.values['rhythm.firstTime'];
  delete bare!.data.values['rhythm.sessionMinutes'];
  await seed(context, [bare!]);
  await at(page, '2026-11-18T09:00:00Z');
  await panel(page).getByRole('button', { name: 'Add the sessions to a calendar' }).click();
  await expect(panel(page).getByRole('alert')).toHaveText(/To make a calendar file, add the first meeting time, a session length between 10 and 480 minutes\./);
});

test('a long-running relationship still prints “where we are” on one page: the latest sessions, the first open actions', async ({ page, context }) => {
  const base = fixtureDoc('session.v1.json') as ReturnType<typeof fixtureDoc> & { data: Record<string, unknown> };
  const long = 'We went through the rota, the stand-up notes, the platform lead’s reply and what to ask at the next review; then the plan for the quarter. ';
  const logged = Array.from({ length: 12 }, (_, i) => {
    const date = `2026-${String(1 + Math.floor(i / 2) + 4).padStart(2, '0')}-${i % 2 ? '15' : '01'}`;
    return {
      ...base,
      id: `longsession${String(i).padStart(5, '0')}`,
      createdAt: `${date}T10:00:00.000Z`,
      updatedAt: `${date}T10:00:00.000Z`,
      data: {
        ...base.data,
        date,
        discussed: long.repeat(3),
        actions: [1, 2].map((n) => ({ id: `a${i}-${n}`, who: n === 1 ? 'mentee' : 'mentor', text: `Action ${n} agreed on ${date}, with enough words to wrap onto a second line when printed`, done: false })),
      },
    };
  });
  await seed(context, [charter!, ...logged]);
  await at(page, '2026-11-05T09:00:00Z');
  await expect(panel(page).getByRole('heading', { name: 'Session log' }).locator('..').getByRole('listitem')).toHaveCount(12);
  for (const format of ['A4', 'Letter'] as const) {
    const { pages, text } = await printToPdf(page, format);
    expect(pages).toBe(1);
    expect(text).toContain('and 9 earlier, on My mentoring.');
    expect(text).toContain('and 19 more, on My mentoring.');
  }
});

test('“where we are” stays on one page with four long goals of two milestones each: long items are shortened visibly in print, in full on screen', async ({ page, context }) => {
  const wordy = JSON.parse(JSON.stringify(charter)) as typeof charter;
  const sentence = 'Lead the weekly stand-up for the platform team with confidence, keep it to fifteen minutes, make sure every person speaks, and write up the decisions so that people who missed it can catch up the same day without asking';
  const goals = [1, 2, 3, 4].map((n) => ({
    id: `g${n}`,
    text: `${n}. ${sentence} (${sentence.length} characters and more, so that the goal runs to about three hundred characters in all).`,
    success: 'The team asks for the notes',
    milestones: [1, 2].map((m) => ({ id: `m${n}${m}`, date: `2026-1${m}-15`, text: `Milestone ${m} of goal ${n}: run two stand-ups alone and ask the team afterwards what would make them better next time round` })),
  }));
  wordy!.data.values['objectives.mentee'] = goals;
  await seed(context, [wordy!, fixtureDoc('session.v1.json')]);
  await at(page, '2026-11-05T09:00:00Z');
  // On screen, each goal is there in full.
  await expect(panel(page).getByRole('heading', { name: 'Goals' }).locator('..')).toContainText(goals[3]!.text);
  for (const format of ['A4', 'Letter'] as const) {
    const { pages, text } = await printToPdf(page, format);
    expect(pages, format).toBe(1);
    expect(text).toContain('1. Lead the weekly stand-up');
    expect(text).toContain('4. Lead the weekly stand-up');
    expect(text).toContain('…');
  }
});

test('deleting a charter says where the sessions kept for it go, and they are still there', async ({ page, context }) => {
  await seed(context, [charter!, fixtureDoc('session.v1.json')]);
  await page.goto('/tools/charter/');
  await page.getByRole('button', { name: /^Delete/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Deleted “.+”\. The record kept for it stays, on My mentoring under “Not linked to a charter”\./ })).toBeVisible();
  await page.goto('/my-mentoring/');
  const loose = page.getByRole('region', { name: 'Not linked to a charter' });
  await expect(loose.getByRole('heading', { name: 'Session log' }).locator('..')).toContainText('13 October 2026');
});

test('a deleted session record can be brought back', async ({ page, context }) => {
  await seed(context, [charter!, fixtureDoc('session.v1.json')]);
  await page.goto('/my-mentoring/?id=s4e6s8i0o2n4l6g8');
  await page.getByRole('button', { name: 'Delete this session record' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted the session record of 13 October 2026.' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(panel(page).getByRole('heading', { name: 'Session log' }).locator('..')).toContainText('13 October 2026');
  expect(Object.keys(await tandemStorage(page)).filter((k) => k.includes(':session:'))).toHaveLength(1);
});

test('two tabs: a record deleted in one while the other is typing in it keeps every word, and Undo in the first brings it all back', async ({ context }) => {
  await seed(context, [charter!, fixtureDoc('session.v1.json')]);
  const one = await context.newPage();
  const two = await context.newPage();
  await two.goto('/my-mentoring/?id=s4e6s8i0o2n4l6g8');
  const note = two.getByRole('textbox', { name: /Private note/ });
  await note.click();
  await two.keyboard.press('End');
  await two.keyboard.type(' Typed before.', { delay: 20 });
  await two.keyboard.press('Tab');
  await one.goto('/my-mentoring/?id=s4e6s8i0o2n4l6g8');
  await one.getByRole('button', { name: 'Delete this session record' }).click();
  await expect(one.getByRole('status').filter({ hasText: 'Deleted the session record' })).toBeVisible();

  // Tab two keeps the record on the page, says so, and goes on taking what is typed.
  await expect(two.getByRole('alert')).toContainText('This session record was deleted in another tab.');
  await note.click();
  await two.keyboard.press('End');
  await two.keyboard.type(' Typed after.', { delay: 20 });
  await two.keyboard.press('Tab');
  await expect(note).toHaveValue(/Typed before\. Typed after\.$/);
  // Only on this page now: no "Done", the hint says it is not saved, and reloading asks first.
  await expect(two.getByRole('button', { name: 'Done' })).toHaveCount(0);
  await expect(two.getByText('Not saved: this record was deleted in another tab.')).toBeVisible();
  await leavingAsks(two, /\/my-mentoring\/\?id=/);
  await expect(note).toHaveValue(/Typed before\. Typed after\.$/);

  // Undo in tab one puts the record back, and tab two's words go on top of it.
  await one.getByRole('button', { name: 'Undo' }).click();
  await expect(two.getByRole('alert').filter({ hasText: 'deleted in another tab' })).toHaveCount(0);
  await expect.poll(async () => JSON.stringify(await tandemStorage(one))).toContain('Typed before. Typed after.');
  await one.reload();
  await expect(one.getByRole('heading', { name: 'Session log' }).locator('..')).toContainText('13 October 2026');
});

test('two tabs: a record deleted in another tab can be kept from this one, with what was typed', async ({ context }) => {
  await seed(context, [charter!, fixtureDoc('session.v1.json')]);
  const one = await context.newPage();
  const two = await context.newPage();
  await two.goto('/my-mentoring/?id=s4e6s8i0o2n4l6g8');
  await one.goto('/my-mentoring/?id=s4e6s8i0o2n4l6g8');
  await one.getByRole('button', { name: 'Delete this session record' }).click();
  await expect(two.getByRole('alert')).toContainText('deleted in another tab');
  await two.getByRole('textbox', { name: 'What we discussed' }).click();
  await two.keyboard.press('End');
  await two.keyboard.type(' Kept from tab two.', { delay: 20 });
  await two.getByRole('button', { name: 'Keep this record' }).click();
  await expect(two.getByRole('alert').filter({ hasText: 'deleted in another tab' })).toHaveCount(0);
  await expect.poll(async () => JSON.stringify(await tandemStorage(two))).toContain('Kept from tab two.');
});

/**
 * One relationship's life seen from three time zones: sessions at 18:00 London time every two weeks
 * from 3 November. Each reader sees the session in their own clock and calendar (10:00 the same day
 * in Los Angeles, 07:00 the next day in Auckland), and what is due follows that calendar: the
 * before-session list is due the day before and on the day, the after-session list from the
 * session on, overdue once the next session's list is due.
 */
const zones = [
  {
    tz: 'Europe/London',
    rows: [
      ['2026-11-02T12:00:00Z', '3 Nov 2026, 18:00.', 'Before a session, for mentees: Due 3 November 2026', 'After a session: Next due 3 November 2026'],
      ['2026-11-03T20:00:00Z', '17 Nov 2026, 18:00 (the last was 3 November 2026).', 'After a session: Due 3 November 2026', null],
      ['2026-11-16T23:30:00Z', '17 Nov 2026, 18:00 (the last was 3 November 2026).', 'After a session: Overdue since 3 November 2026', 'Before a session, for mentees: Due 17 November 2026'],
    ],
    logged: ['2026-11-03T20:00:00Z', 'Session of 3 November 2026'],
  },
  {
    tz: 'America/Los_Angeles',
    rows: [
      ['2026-11-03T12:00:00Z', '3 Nov 2026, 10:00.', 'Before a session, for mentees: Due 3 November 2026', 'After a session: Next due 3 November 2026'],
      ['2026-11-03T20:00:00Z', '17 Nov 2026, 10:00 (the last was 3 November 2026).', 'After a session: Due 3 November 2026', null],
      ['2026-11-16T23:30:00Z', '17 Nov 2026, 10:00 (the last was 3 November 2026).', 'After a session: Overdue since 3 November 2026', 'Before a session, for mentees: Due 17 November 2026'],
    ],
    logged: ['2026-11-03T20:00:00Z', 'Session of 3 November 2026'],
  },
  {
    tz: 'Pacific/Auckland',
    rows: [
      ['2026-11-03T12:00:00Z', '4 Nov 2026, 07:00.', 'Before a session, for mentees: Due 4 November 2026', 'After a session: Next due 4 November 2026'],
      ['2026-11-03T20:00:00Z', '18 Nov 2026, 07:00 (the last was 4 November 2026).', 'After a session: Due 4 November 2026', null],
      ['2026-11-16T23:30:00Z', '18 Nov 2026, 07:00 (the last was 4 November 2026).', 'After a session: Overdue since 4 November 2026', 'Before a session, for mentees: Due 18 November 2026'],
    ],
    logged: ['2026-11-03T20:00:00Z', 'Session of 4 November 2026'],
  },
] as const;

for (const zone of zones) {
  test.describe(`seen from ${zone.tz}`, () => {
    test.use({ timezoneId: zone.tz });
    test(`the next session, what is due and the record logged follow the reader’s clock and calendar (${zone.tz})`, async ({ page, context }) => {
      await seed(context, [charter!]);
      for (const [iso, next, ...due] of zone.rows) {
        await at(page, iso);
        await expect(panel(page).getByRole('heading', { name: 'Next session' }).locator('..'), `${zone.tz} ${iso}`).toContainText(next);
        for (const line of due) if (line) await expect(panel(page).locator('.due-list'), `${zone.tz} ${iso}`).toContainText(line);
      }
      await at(page, zone.logged[0]);
      await panel(page).getByRole('button', { name: /^Log a session/ }).click();
      await expect(page.getByRole('heading', { name: new RegExp(`^${zone.logged[1]}`) })).toBeVisible();
    });
  });
}

test('two untitled relationships are named by their partners on a checklist and its due notice, and a checklist opened from one shows it linked before the first tick', async ({ page, context }) => {
  const untitled = (id: string, mentor: string) => {
    const c = JSON.parse(JSON.stringify(charter)) as typeof charter & { data: { title: string; values: Record<string, unknown> } };
    return { ...c!, id, data: { ...c!.data, title: '', values: { ...c!.data.values, 'partners.mentorName': mentor } } };
  };
  await seed(context, [untitled('withtomasz000001', 'Tomasz Nowak'), untitled('withpriya0000001', 'Priya Shah')]);
  await page.clock.setFixedTime(new Date('2026-11-16T09:00:00Z'));
  await page.goto('/my-mentoring/');
  await expect(page.getByRole('heading', { name: 'Amara Okafor & Priya Shah' })).toBeVisible();
  await page.goto('/tools/reflection/before-session/?charter=withpriya0000001');
  const picker = page.getByLabel('Which relationship is this about? (optional)');
  await expect(picker).toHaveValue('withpriya0000001');
  await expect(picker.locator('option')).toHaveText(['Not linked to a charter', 'Amara Okafor & Tomasz Nowak', 'Amara Okafor & Priya Shah']);
  await expect(page.getByText('This checklist is due now')).toContainText('as agreed in “Amara Okafor & Priya Shah”');
  await page.getByRole('checkbox').first().check();
  await expect(picker).toHaveValue('withpriya0000001');
  await expect(page.getByText('Untitled charter')).toHaveCount(0);
});
