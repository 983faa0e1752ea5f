import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { printToPdf } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
async function axe(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Answer every statement on the page with `pick(index)` (a label on the scale), by clicking. */
async function answerAll(page: Page, pick: (i: number, dimension: string) => string): Promise<void> {
  const groups = page.locator('fieldset.statement');
  const n = await groups.count();
  for (let i = 0; i < n; i++) {
    const g = groups.nth(i);
    const dimension = (await g.locator('legend .visually-hidden').textContent())!.split(',')[0]!;
    await g.getByRole('radio', { name: pick(i, dimension), exact: true }).check();
  }
}

test.describe('reciprocity self-assessment', () => {
  test('a mentee takes it by keyboard only, reloads midway, resumes and sees results', async ({ page, problems }) => {
    await page.goto('/tools/reciprocity/');
    expect(await axe(page)).toEqual([]);
    // Keyboard: role, stage, name, start.
    await page.getByRole('radio', { name: 'mentee' }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio', { name: 'mentee' })).toBeChecked();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight'); // first stage → second ("Under a year")
    await expect(page.getByRole('radio', { name: 'Under a year' })).toBeChecked();
    await page.getByLabel('Your first name (optional)').focus();
    await page.keyboard.type('Amara');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Answering as the mentee, under a year' })).toBeFocused();

    // Answer the first twelve statements with the keyboard: Tab into each group, arrow to a choice.
    const first = page.locator('fieldset.statement').first().getByRole('radio').first();
    await first.focus();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('ArrowRight'); // moves to "Disagree" and selects it
      await page.keyboard.press('ArrowRight'); // "Neither…"
      await page.keyboard.press('ArrowRight'); // "Agree"
      await page.keyboard.press('Tab'); // the "Clear"-free next group
    }
    await expect(page.getByText('12 of 36 statements answered')).toBeVisible();
    expect(await axe(page)).toEqual([]);

    await page.reload();
    await expect(page.getByText('12 of 36 statements answered')).toBeVisible();
    await expect(page.locator('fieldset.statement').nth(11).getByRole('radio', { name: 'Agree', exact: true })).toBeChecked();
    await page.goto('/tools/reciprocity/');
    await expect(page.getByText(/You started answering as the mentee .* \(12 of 36 statements answered\)/)).toBeVisible();
    await page.getByRole('link', { name: 'Continue' }).click();

    // Finish with the mouse and see results.
    await answerAll(page, (i) => ['Agree', 'Strongly agree', 'Neither agree nor disagree', 'Agree', 'Disagree', 'Not applicable yet'][i % 6]!);
    await page.getByRole('button', { name: 'See my results' }).click();
    await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
    await expect(page.getByText(/out of 100/).first()).toBeVisible();
    await expect(page.getByText(/balanced|give more|receive more|give much more|receive much more/).first()).toBeVisible();
    await expect(page.getByRole('img', { name: /Your score for each dimension/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /Work on these first|What to work on/ })).toBeVisible();
    await expect(page.locator('.priorities').getByText(/^Mentees?:/).first()).toBeVisible();
    await expect(page.locator('.priorities').getByText(/^Mentors?:/)).toHaveCount(0);
    expect(await axe(page)).toEqual([]);
    const { pages, text } = await printToPdf(page, 'A4');
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain('Your results');
    expect(text).not.toContain('Make a link for my partner');
    expect(text).not.toContain('Skip to content');
    expect(problems.console).toEqual([]);
  });

  test('the mentor shares results; the mentee compares and sees the biggest gap named; history shows two entries', async ({ browser, page: mentor, context: mentorContext, problems }) => {
    // Mentor: high on everything, except as the answers say.
    await mentor.goto('/tools/reciprocity/');
    await mentor.getByRole('radio', { name: 'mentor' }).check();
    await mentor.getByRole('radio', { name: 'Under a year' }).check();
    await mentor.getByLabel('Your first name (optional)').fill('Tomasz');
    await mentor.getByRole('button', { name: 'Start' }).click();
    await answerAll(mentor, () => 'Agree');
    await mentor.getByRole('button', { name: 'See my results' }).click();
    await mentor.getByRole('button', { name: 'Make a link for my partner' }).click();
    const link = await mentor.getByLabel('Link to your results').inputValue();
    expect(link).toMatch(/\/tools\/reciprocity\/#share=1\.r\./);

    // Mentee, in her own browser: opens the link, is asked to take it first, takes it, compares.
    const menteeContext = await browser.newContext();
    const mentee = await menteeContext.newPage();
    await mentee.goto(link);
    await expect(mentee.getByRole('heading', { name: 'Tomasz’s results' })).toBeVisible();
    await mentee.getByRole('button', { name: 'Take the self-assessment as the mentee' }).click();
    await expect(mentee.getByRole('heading', { name: 'Answering as the mentee, under a year' })).toBeVisible();
    // She sees advocacy very differently (disagrees), and agrees elsewhere.
    await answerAll(mentee, (_i, dimension) => (dimension === 'From advice to advocacy' ? 'Strongly disagree' : 'Agree'));
    await mentee.getByRole('button', { name: 'See my results' }).click();
    await mentee.getByRole('link', { name: 'Compare with your partner’s results' }).click();
    await expect(mentee.getByRole('heading', { name: 'You and Tomasz: where you see it differently' })).toBeVisible();
    const gaps = mentee.locator('.gap-list > li');
    await expect(gaps.first()).toContainText('You rate advocacy much lower than Tomasz does.');
    await expect(gaps.first().getByRole('listitem').first()).toBeVisible(); // a conversation starter
    expect(await axe(mentee)).toEqual([]);
    await menteeContext.close();

    // The mentor takes it again; the history shows both, with a trend table.
    await mentor.goto('/tools/reciprocity/');
    await mentor.getByRole('radio', { name: 'mentor' }).check();
    await mentor.getByRole('radio', { name: 'Under a year' }).check();
    await mentor.getByRole('button', { name: 'Start' }).click();
    await answerAll(mentor, () => 'Strongly agree');
    await mentor.getByRole('button', { name: 'See my results' }).click();
    await mentor.getByRole('link', { name: 'Back to the self-assessment' }).click();
    const history = mentor.getByRole('region', { name: 'Your past assessments' });
    await expect(history.locator('.doc-cards > li')).toHaveCount(2);
    await expect(history.getByRole('heading', { name: 'How your answers as the mentor have changed' })).toBeVisible();
    await expect(history.getByRole('table')).toContainText('Mutual value');
    // Delete one, and undo.
    await history.locator('.doc-cards > li').first().getByRole('button', { name: /Delete/ }).click();
    await expect(history.locator('.doc-cards > li')).toHaveCount(1);
    await mentor.getByRole('button', { name: 'Undo' }).click();
    await expect(mentor.getByRole('region', { name: 'Your past assessments' }).locator('.doc-cards > li')).toHaveCount(2);
    expect(await axe(mentor)).toEqual([]);
    void mentorContext;
    expect(problems.console).toEqual([]);
  });

  test('a damaged results link gets one clear message', async ({ page }) => {
    await page.goto('/tools/reciprocity/#share=1.r.AAAA.00000000');
    await expect(page.getByRole('heading', { name: 'This link cannot be opened' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('damaged or incomplete');
  });

  test('unanswered parts say so instead of scoring zero', async ({ page }) => {
    await page.goto('/tools/reciprocity/');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('alert')).toHaveText('Choose whether you are the mentor or the mentee.');
    await expect(page.getByRole('radio', { name: 'mentor' })).toBeFocused();
    await page.getByRole('radio', { name: 'mentor' }).check();
    await page.getByRole('radio', { name: 'A year or longer' }).check();
    await page.getByRole('button', { name: 'Start' }).click();
    const first = page.locator('section.dimension').first().locator('fieldset.statement');
    for (let i = 0; i < 4; i++) await first.nth(i).getByRole('radio', { name: 'Agree', exact: true }).check();
    await page.getByRole('button', { name: 'See my results' }).click();
    await expect(page.getByRole('alert')).toContainText('32 statements are still unanswered');
    await page.getByRole('button', { name: 'Yes, see my results' }).click();
    await expect(page.getByText('Too few answers yet (0 of 6 answered).').first()).toBeVisible();
    await expect(page.locator('.dim-results li').first()).toContainText('out of 100');
  });

  test('the paper questionnaires print with their scoring key', async ({ page }) => {
    for (const role of ['mentee', 'mentor']) {
      await page.goto(`/worksheets/reciprocity-${role}/`);
      const a4 = await printToPdf(page, 'A4');
      const letter = await printToPdf(page, 'Letter');
      expect(a4.pages).toBeLessThanOrEqual(3);
      expect(letter.pages).toBeLessThanOrEqual(4);
      expect(a4.text).toContain('Scoring key');
      expect(a4.text).not.toContain('Skip to content');
      expect(a4.text).not.toContain('Print this sheet');
      expect(await axe(page)).toEqual([]);
    }
  });
});
