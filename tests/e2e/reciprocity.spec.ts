import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeShare } from '../../src/lib/share';
import { ROOT, expect, test } from './fixtures';
import { downloadText, printToPdf, seed, type Doc } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
async function axe(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const storedFixture = (file: string): Doc => JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/storage', file), 'utf8')) as Doc;
/** A version-1 assessment (the earlier questionnaire), a version-2 one and a version-3 one (the current questionnaire), as stored. */
const EARLIER = storedFixture('assessment.v1.json');
const VERSION_2 = storedFixture('assessment.v1.questionnaire-2.json');
const CURRENT = storedFixture('assessment.v1.questionnaire-3.json');
/** The charter CURRENT is linked to (“Amara and Tomasz”). */
const CHARTER = storedFixture('charter.v1.json');

/**
 * Answer every statement on the page with `pick(key)` (a label on the scale), by clicking. The key
 * is the answer's key ("introductions.self": what I do; ".partner": what my partner does for me).
 */
async function answerAll(page: Page, pick: (key: string, i: number) => string): Promise<void> {
  const groups = page.locator('fieldset.statement');
  // The questions load when the questionnaire opens: wait for them before counting.
  await expect(groups.first()).toBeVisible();
  const n = await groups.count();
  for (let i = 0; i < n; i++) {
    const g = groups.nth(i);
    const key = (await g.getByRole('radio').first().getAttribute('name'))!;
    await g.getByRole('radio', { name: pick(key, i), exact: true }).check();
  }
}

/** Often for what I do, Sometimes for what I get: varied, with nothing two steps apart. */
const steady = (key: string) => (key.endsWith('.self') ? 'Often' : 'Sometimes');

async function start(page: Page, role: 'mentor' | 'mentee', stage: string, name = '', charter = ''): Promise<void> {
  await page.goto('/tools/reciprocity/');
  // The start form renders on the server; wait until it runs before answering it.
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.getByRole('radio', { name: role }).check();
  await page.getByRole('radio', { name: stage }).check();
  if (charter) await page.getByLabel('Which relationship is this about? (optional)').selectOption({ label: charter });
  if (name) await page.getByLabel('Your first name (optional)').fill(name);
  await page.getByRole('button', { name: 'Start' }).click();
}

/** Tomasz, as the mentor: he often introduces Amara to people; what she does for him, he mostly sees sometimes. */
const tomasz = (key: string) => (key === 'introductions.self' ? 'Often' : key === 'inside-view.partner' ? 'Sometimes' : steady(key));

async function takeAsTomasz(page: Page): Promise<void> {
  await start(page, 'mentor', 'Three months to a year', 'Tomasz');
  await answerAll(page, tomasz);
}

/** The same answers as stored once he has taken it (CURRENT is Tomasz, mentor, three months to a year). */
function tomaszAnswered(): Doc {
  const scale: Record<string, number> = { 'Never / not yet': 1, Rarely: 2, Sometimes: 3, Often: 4, Always: 5 };
  const doc = structuredClone(CURRENT);
  const data = doc.data as { answers: Record<string, unknown> };
  data.answers = Object.fromEntries(Object.keys(data.answers).map((key) => [key, scale[tomasz(key)]]));
  return doc;
}

test.describe('reciprocity self-assessment', () => {
  test('a mentee starts it by keyboard only, reloads midway and resumes where she was', async ({ page, problems }) => {
    await page.goto('/tools/reciprocity/');
    expect(await axe(page)).toEqual([]);
    await page.getByRole('radio', { name: 'mentee' }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio', { name: 'mentee' })).toBeChecked();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight'); // first stage → second ("Three months to a year")
    await expect(page.getByRole('radio', { name: 'Three months to a year' })).toBeChecked();
    await page.getByLabel('Your first name (optional)').focus();
    await page.keyboard.type('Amara');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Answering as the mentee, three months to a year' })).toBeFocused();
    await expect(page.getByText('This is a conversation aid for the two of you, not a validated measure.')).toBeVisible();

    // The first twelve statements by keyboard: Tab into each group, arrow to a choice.
    const first = page.locator('fieldset.statement').first().getByRole('radio').first();
    await first.focus();
    for (let i = 0; i < 12; i++) {
      for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowRight'); // Never → Rarely → Sometimes → Often
      await page.keyboard.press('Tab');
    }
    await expect(page.getByText('12 of 42 statements answered')).toBeVisible();
    expect(await axe(page)).toEqual([]);

    await page.reload();
    await expect(page.getByText('12 of 42 statements answered')).toBeVisible();
    await expect(page.locator('fieldset.statement').nth(11).getByRole('radio', { name: 'Often', exact: true })).toBeChecked();
    await page.goto('/tools/reciprocity/');
    await expect(page.getByText(/You started answering as the mentee .* \(12 of 42 statements answered\)/)).toBeVisible();
    await page.getByRole('link', { name: /^Continue the assessment started as the / }).click();

    // Finish with the mouse: each behaviour asked as what I do, then what my mentor does for me.
    await expect(page.locator('fieldset.statement').nth(0)).toContainText('I explain to my mentor how things work at my level of the organisation.');
    await expect(page.locator('fieldset.statement').nth(1)).toContainText('My mentor explains to me how things work at their level of the organisation.');
    await expect(page.locator('fieldset.statement').nth(11).getByRole('radio', { name: 'Often', exact: true })).toBeChecked();
    expect(problems.console).toEqual([]);
  });

  test('a mentee who answered every statement sees results that print on two pages', async ({ page, problems }) => {
    await start(page, 'mentee', 'Three months to a year', 'Amara');
    await expect(page.getByRole('heading', { name: 'Answering as the mentee, three months to a year' })).toBeVisible();
    await answerAll(page, (_k, i) => ['Often', 'Always', 'Sometimes', 'Often', 'Rarely', 'Does not apply to us'][i % 6]!);
    await page.getByRole('button', { name: 'See my results' }).click();
    await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
    await expect(page.locator('.big-score')).toHaveText(/^\d+$/);
    await expect(page.locator('.result-summary .band')).toBeVisible();
    await expect(page.locator('.result-summary')).toContainText('What to expect at this stage (three months to a year):');
    await expect(page.locator('.result-summary')).toContainText('The stage does not change any score.');
    await expect(page.locator('.framing')).toContainText('not a validated measure');
    await expect(page.getByText(/balanced|give more|receive more|give much more|receive much more/).first()).toBeVisible();
    await expect(page.getByRole('img', { name: /What you give and what you get in each dimension/ })).toBeVisible();
    await expect(page.locator('.dim-results li').first()).toContainText(/You give \d+, you get \d+/);
    await expect(page.getByRole('heading', { name: /Work on these first|What to work on/ })).toBeVisible();
    await expect(page.locator('.priorities').getByText(/^Mentors?:/)).toHaveCount(0);
    expect(await axe(page)).toEqual([]);
    for (const format of ['A4', 'Letter'] as const) {
      const { pages, text } = await printToPdf(page, format);
      expect(pages, format).toBeLessThanOrEqual(2);
      expect(text).toContain('Your results');
      expect(text).toContain('not a validated measure');
      expect(text).not.toContain('Make a link for my partner');
      expect(text).not.toContain('Skip to content');
    }
    expect(problems.console).toEqual([]);
  });

  test('the mentor answers and makes a link to his results, which opens in his partner’s browser', async ({ browser, page: mentor, problems }) => {
    await takeAsTomasz(mentor);
    await mentor.getByRole('button', { name: 'See my results' }).click();
    await mentor.getByRole('button', { name: 'Make a link for my partner' }).click();
    const link = await mentor.getByLabel('Link to your results').inputValue();
    expect(link).toMatch(/\/tools\/reciprocity\/#share=1\.r\./);
    const menteeContext = await browser.newContext();
    const mentee = await menteeContext.newPage();
    await mentee.goto(link);
    await expect(mentee.getByRole('heading', { name: 'Tomasz’s results' })).toBeVisible();
    await expect(mentee.getByRole('button', { name: 'Take the self-assessment as the mentee' })).toBeVisible();
    await menteeContext.close();
    expect(problems.console).toEqual([]);
  });

  test('the mentee opens the mentor’s link, takes it and compares behaviour by behaviour, with the largest gaps named both ways', async ({ browser, page: mentor, context, problems }) => {
    await seed(context, [tomaszAnswered()]);
    await mentor.goto(`/tools/reciprocity/?id=${CURRENT.id}`);
    await mentor.getByRole('button', { name: 'Make a link for my partner' }).click();
    const link = await mentor.getByLabel('Link to your results').inputValue();

    // Amara, in her own browser: opens the link, is asked to take it first, takes it, compares.
    const menteeContext = await browser.newContext();
    const mentee = await menteeContext.newPage();
    await mentee.goto(link);
    await expect(mentee.getByRole('heading', { name: 'Tomasz’s results' })).toBeVisible();
    await mentee.getByRole('button', { name: 'Take the self-assessment as the mentee' }).click();
    await expect(mentee.getByRole('heading', { name: 'Answering as the mentee, three months to a year' })).toBeVisible();
    // She says she always explains how things work at her level; she says his introductions rarely happen.
    await answerAll(mentee, (key) => (key === 'inside-view.self' ? 'Always' : key === 'introductions.partner' ? 'Rarely' : steady(key)));
    await mentee.getByRole('button', { name: 'See my results' }).click();
    await mentee.getByRole('link', { name: 'Compare with your partner’s results' }).click();
    await expect(mentee.getByRole('heading', { name: 'You and Tomasz: where you see it differently' })).toBeVisible();
    await expect(mentee.locator('.stage-note')).toHaveCount(0);
    await expect(mentee.getByRole('list', { name: 'What you do for Tomasz' })).toHaveText(
      'You say you always explain to Tomasz how things work at a different level of the organisation; Tomasz says it sometimes happens.',
    );
    await expect(mentee.getByRole('list', { name: 'What Tomasz does for you' })).toHaveText('Tomasz says they often offer you an introduction to a useful contact; you say it rarely happens.');
    await expect(mentee.locator('.conversation li').first()).toBeVisible();
    const toMe = mentee.getByRole('table', { name: /What Tomasz does for you/ });
    await expect(toMe.getByRole('row', { name: /Offer you an introduction to a useful contact/ })).toContainText('RarelyOften');
    await expect(toMe.locator('tbody tr')).toHaveCount(21);
    expect(await axe(mentee)).toEqual([]);
    const { pages } = await printToPdf(mentee, 'A4');
    expect(pages).toBeLessThanOrEqual(3);
    await menteeContext.close();
    expect(problems.console).toEqual([]);
  });

  test('taking it again: the history shows both, with a trend table that reads small changes as “about the same”', async ({ page: mentor, context, problems }) => {
    await seed(context, [CHARTER, tomaszAnswered()]);
    // Tomasz takes it again about the same relationship, answering a little differently.
    await start(mentor, 'mentor', 'Three months to a year', '', 'Amara and Tomasz');
    await answerAll(mentor, (key) => (key.endsWith('.self') ? 'Often' : key.startsWith('inside-view') ? 'Often' : 'Sometimes'));
    await mentor.getByRole('button', { name: 'See my results' }).click();
    await mentor.getByRole('link', { name: 'Back to the self-assessment' }).click();
    const history = mentor.getByRole('region', { name: 'Your past assessments' });
    await expect(history.locator('.doc-cards > li')).toHaveCount(2);
    await expect(history.getByRole('heading', { name: 'How your answers as the mentor have changed: “Amara and Tomasz”' })).toBeVisible();
    await expect(history.getByRole('row', { name: /^Overall/ })).toContainText('about the same');
    await expect(history.getByRole('row', { name: /^Mutual value/ })).toContainText('about the same'); // 63 → 67: under 10 points
    await history.locator('.doc-cards > li').first().getByRole('button', { name: /Delete/ }).click();
    await expect(history.locator('.doc-cards > li')).toHaveCount(1);
    await mentor.getByRole('button', { name: 'Undo' }).click();
    await expect(mentor.getByRole('region', { name: 'Your past assessments' }).locator('.doc-cards > li')).toHaveCount(2);
    expect(await axe(mentor)).toEqual([]);
    expect(problems.console).toEqual([]);
  });

  test('when the two chose different stages, the comparison says so at the top', async ({ browser, page, context }) => {
    await seed(context, [CURRENT]); // Tomasz, mentor, three months to a year
    await page.goto(`/tools/reciprocity/?id=${CURRENT.id}`);
    await page.getByRole('button', { name: 'Make a link for my partner' }).click();
    const link = await page.getByLabel('Link to your results').inputValue();

    const other = await browser.newContext();
    const mine = { ...CURRENT, id: 'q2mentee0amara01', data: { ...(CURRENT.data as object), role: 'mentee', stage: 'established', name: 'Amara' } };
    await seed(other, [mine as Doc]);
    const mentee = await other.newPage();
    await mentee.goto(link);
    await expect(mentee.getByRole('heading', { name: 'You and Tomasz: where you see it differently' })).toBeVisible();
    const note = mentee.locator('.compare-view > :nth-child(2)');
    await expect(note).toHaveClass(/stage-note/);
    await expect(note).toContainText('You chose “A year or longer” and Tomasz chose “Three months to a year”.');
    await other.close();
  });

  test('the start form keeps what was chosen and typed through a reload, and is empty again once the assessment starts', async ({ page }) => {
    await page.goto('/tools/reciprocity/');
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await page.getByRole('radio', { name: 'mentor' }).check();
    await page.getByRole('radio', { name: 'A year or longer' }).check();
    await page.getByLabel('Your first name (optional)').click();
    await page.keyboard.type('Tomasz', { delay: 30 });
    await page.reload();
    await expect(page.getByRole('radio', { name: 'mentor' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'A year or longer' })).toBeChecked();
    await expect(page.getByLabel('Your first name (optional)')).toHaveValue('Tomasz');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('heading', { name: 'Answering as the mentor, a year or longer' })).toBeVisible();
    await page.goBack();
    await expect(page.getByLabel('Your first name (optional)')).toHaveValue('');
    await expect(page.getByText(/You started answering as the mentor/)).toBeVisible();
  });

  test('a damaged results link gets one clear message', async ({ page }) => {
    await page.goto('/tools/reciprocity/#share=1.r.AAAA.00000000');
    await expect(page.getByRole('heading', { name: 'This link cannot be opened' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('damaged or incomplete');
  });

  test('too few answers: each part and the overall score say what is missing instead of scoring', async ({ page }) => {
    await page.goto('/tools/reciprocity/');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('alert')).toHaveText('Choose whether you are the mentor or the mentee.');
    await expect(page.getByRole('radio', { name: 'mentor' })).toBeFocused();
    await page.getByRole('radio', { name: 'mentor' }).check();
    await page.getByRole('radio', { name: 'A year or longer' }).check();
    await page.getByRole('button', { name: 'Start' }).click();
    // Mutual value: two behaviours both ways, and one more only one way.
    const firstPart = page.locator('section.dimension').first().locator('fieldset.statement');
    for (const [i, label] of [
      [0, 'Always'],
      [1, 'Often'],
      [2, 'Often'],
      [3, 'Sometimes'],
      [4, 'Always'],
    ] as const)
      await firstPart.nth(i).getByRole('radio', { name: label, exact: true }).check();
    await page.getByRole('button', { name: 'See my results' }).click();
    await expect(page.getByRole('alert')).toContainText('37 statements are still unanswered');
    await page.getByRole('button', { name: 'Yes, see my results' }).click();
    await expect(page.locator('.result-summary .missing')).toHaveText(
      'An overall score needs at least 4 of the 6 parts with a score, and 1 has one so far. A part has a score once 2 behaviours are answered in each direction. Still to answer: Openness and candour (4 more), From advice to advocacy (4 more), Questions before answers (4 more), Rhythm and follow-through (4 more), Growth on both sides (4 more).',
    );
    await expect(page.locator('.big-score')).toHaveCount(0);
    await expect(page.getByText('There are not yet enough answers to say how giving and receiving balance.')).toBeVisible();
    const cards = page.locator('.dim-results li');
    // Each direction counts what was answered in it, and the score is the weaker direction: one-sided, not “75, strong”.
    await expect(cards.first()).toContainText('63 out of 100');
    await expect(cards.first()).toContainText('You give 92, you get 63');
    await expect(cards.first()).toContainText('Strong from you, developing towards you.');
    await expect(cards.nth(1)).toContainText('Too few answers for a score: it needs 2 behaviours answered in each direction, and has 0 for what you do and 0 for what your partner does. Answer 4 more.');
    await expect(page.getByRole('heading', { name: /Work on these first|What to work on/ })).toHaveCount(0);
  });

  test('the same answer to every statement is named, and no band is shown', async ({ page }) => {
    await start(page, 'mentee', 'The first three months');
    await answerAll(page, () => 'Often');
    await page.getByRole('button', { name: 'See my results' }).click();
    await expect(page.locator('.same-answer')).toContainText('You gave the same answer (“Often”) to every statement you answered');
    await expect(page.locator('.big-score')).toHaveText('75');
    await expect(page.locator('.band')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: /Work on these first|What to work on/ })).toHaveCount(0);
  });

  test('the paper questionnaires follow the paired questionnaire and print with their scoring key on three pages', async ({ page }) => {
    for (const role of ['mentee', 'mentor'] as const) {
      await page.goto(`/worksheets/reciprocity-${role}/`);
      for (const format of ['A4', 'Letter'] as const) {
        const { pages, text } = await printToPdf(page, format);
        expect(pages, `${role} ${format}`).toBeLessThanOrEqual(3);
        expect(text).toContain('Scoring key');
        expect(text).toContain('not a validated measure');
        expect(text).toMatch(role === 'mentor' ? /1a\s+I explain to my mentee how things work/ : /1b\s+My mentor explains to me how things work/);
        expect(text).toContain('21b');
        expect(text.replace(/\s+/g, ' ')).toContain('In the last three months, how often has each happened');
        expect(text.replace(/\s+/g, ' ')).toContain('round each average to a whole number, a half upwards');
        expect(text.replace(/\s+/g, ' ')).toContain('From advice to advocacy can wait until “Three months to a year”');
        expect(text).not.toContain('Skip to content');
        expect(text).not.toContain('Print this sheet');
      }
      expect(await axe(page)).toEqual([]);
      // On a phone the sheet and its scoring table never scroll sideways.
      await page.setViewportSize({ width: 375, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${role} at 375 px`).toBeLessThanOrEqual(375);
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  test('a version-2 assessment opens read-only with that version’s statements, is never trended with the current one, and its link is not compared', async ({ page, context, problems }) => {
    const again = { ...CURRENT, id: 'q3mentor0tomasz2', data: { ...(CURRENT.data as object), completedAt: '2026-11-25T09:25:00.000Z' } };
    await seed(context, [CHARTER, VERSION_2, CURRENT, again as Doc]);
    await page.goto('/tools/reciprocity/');
    const history = page.getByRole('region', { name: 'Your past assessments' });
    await expect(history.locator('.doc-cards > li')).toHaveCount(3);
    const v2Card = history.locator('.doc-cards > li', { hasText: 'earlier questionnaire' });
    await expect(v2Card).toHaveCount(1);
    // The trend covers the two current ones only, 15 and 25 November, not the version-2 one of the same day as the first.
    await expect(history.locator('.trend thead th')).toHaveText(['Dimension', '15 November 2026', '25 November 2026', 'Change', 'Trend line']);
    await expect(history.getByRole('row', { name: /^Overall/ })).toContainText('about the same');

    await v2Card.getByRole('link').click();
    await expect(page.getByRole('heading', { name: 'Your results from an earlier questionnaire' })).toBeFocused();
    await expect(page.locator('.earlier-note')).toContainText('never compared with the current questionnaire or shown in its trends');
    await expect(page.locator('.big-score')).toHaveText(/^\d+$/);
    await expect(page.getByRole('button', { name: 'Make a link for my partner' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Reopen the answers' })).toHaveCount(0);
    await expect(page.getByText(/lower scores in advocacy|changes careers|Neither of you/)).toHaveCount(0);
    expect(await axe(page)).toEqual([]);
    const { pages, text } = await printToPdf(page, 'A4');
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain('Earlier questionnaire.');

    // A partner's version-2 link says why it cannot be compared, and what to do.
    const token = await encodeShare('reciprocity', { instrument: 'reciprocity-2', name: 'Tomasz', role: 'mentor', stage: 'first-year', date: '2026-10-02T10:00:00.000Z', answers: { 'inside-view.self': 4 } });
    await page.goto(`/tools/reciprocity/#share=${token}`);
    await expect(page.getByRole('alert')).toContainText('answered with an earlier version of this questionnaire');
    await expect(page.getByRole('alert')).toContainText('Ask your partner to answer the current questionnaire and send you a new link.');
    expect(problems.console).toEqual([]);
  });

  test('an earlier (version-1) assessment opens, prints and exports, is listed as such and never trended; its share link opens read-only', async ({ page, context, problems }) => {
    const second = { ...CURRENT, id: 'q2mentor0tomasz2', createdAt: '2026-11-20T09:00:00.000Z', updatedAt: '2026-11-20T09:25:00.000Z', data: { ...(CURRENT.data as object), role: 'mentee', completedAt: '2026-11-20T09:25:00.000Z' } };
    const third = { ...second, id: 'q2mentor0tomasz3', data: { ...(second.data as object), completedAt: '2026-11-21T09:25:00.000Z' } };
    await seed(context, [CHARTER, EARLIER, CURRENT, second as Doc, third as Doc]);
    await page.goto('/tools/reciprocity/');
    const history = page.getByRole('region', { name: 'Your past assessments' });
    await expect(history.locator('.doc-cards > li')).toHaveCount(4);
    const earlierCard = history.locator('.doc-cards > li', { hasText: 'earlier questionnaire' });
    await expect(earlierCard).toHaveCount(1);
    await expect(earlierCard.getByRole('link')).toHaveText('1 October 2026: as the mentee (earlier questionnaire)');
    // The mentee's trend covers the two current assessments only: the earlier one (1 October) is not in it.
    const trend = history.locator('.trend');
    await expect(trend.getByRole('heading')).toHaveText('How your answers as the mentee have changed: “Amara and Tomasz”');
    await expect(trend.locator('thead th')).toHaveText(['Dimension', '20 November 2026', '21 November 2026', 'Change', 'Trend line']);

    await earlierCard.getByRole('link').click();
    await expect(page.getByRole('heading', { name: 'Your results from the earlier questionnaire' })).toBeVisible();
    await expect(page.locator('.earlier-note')).toContainText('it is never compared with the current questionnaire or shown in its trends');
    await expect(page.getByText('I learn something new from my mentor in most of our conversations. Agree')).toBeVisible();
    expect(await axe(page)).toEqual([]);
    for (const format of ['A4', 'Letter'] as const) {
      const { pages, text } = await printToPdf(page, format);
      expect(pages, format).toBeLessThanOrEqual(2);
      expect(text).toContain('Earlier questionnaire.');
      expect(text).toContain('I tell my mentor honestly when something we agreed did not work.');
    }

    await page.goto('/my-data/');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Export all/ }).click()]);
    const backup = JSON.parse(await downloadText(download)) as { documents: Doc[] };
    expect(backup.documents.find((d) => d.id === EARLIER.id)).toEqual(EARLIER);

    // Tomasz's link from the earlier questionnaire: read-only, with the same note, and no comparison.
    const token = await encodeShare('reciprocity', { instrument: 'reciprocity', name: 'Tomasz', role: 'mentor', stage: 'first-year', date: '2026-10-02T10:00:00.000Z', answers: { 'mv-1': 4, 'mv-2': 5, 'mv-4': 4 } });
    await page.goto(`/tools/reciprocity/#share=${token}`);
    await expect(page.getByRole('heading', { name: 'Tomasz’s results from the earlier questionnaire' })).toBeVisible();
    await expect(page.locator('.earlier-note')).toContainText('it is never compared with the current questionnaire');
    await expect(page.locator('.earlier-note')).toContainText('To compare, both of you answer the current questionnaire');
    await expect(page.getByRole('row', { name: /Mutual value/ })).toContainText('83');
    await expect(page.getByText(/^Overall: no score \(it needs 4 dimensions with a score\)/)).toBeVisible(); // one dimension is not enough
    await expect(page.getByText(/where you see it differently/)).toHaveCount(0);
    expect(problems.console).toEqual([]);
  });
});
