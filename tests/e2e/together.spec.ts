/**
 * Writing the charter together, as a new pair would: a mentor on a laptop starts "Write it together
 * now" and they agree the essentials in one meeting; the mentee, on a phone in her own browser, keeps
 * the agreed version, adds her part and sends it back; the mentor takes it in and sends the agreed
 * version; both end agreed, with the same text, without wondering what to press next.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, watch } from './fixtures';
import { ORIGIN } from './helpers';

const PHONE = { width: 390, height: 844 };

/** Type as a person does, a few words at a time, then leave the field with Tab. */
async function typeInto(page: Page, label: string, text: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(text, { delay: 8 });
  await page.keyboard.press('Tab');
}

async function copiedLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

async function clipboard(context: BrowserContext) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
}

test('a pair agree in one meeting, then the mentee adds her part by link, and both end with the same agreed version', async ({ page: mentor, context, browser }) => {
  test.setTimeout(90_000);
  await clipboard(context);
  await mentor.setViewportSize({ width: 1280, height: 800 });
  await mentor.goto('/tools/charter/');
  await mentor.getByRole('button', { name: 'Write it together now' }).click();

  // The essentials, one question at a time, with a question to ask each other.
  await expect(mentor.getByText('The essentials: question 1 of 4')).toBeVisible();
  await expect(mentor.getByRole('heading', { name: 'Partners' })).toBeVisible();
  await expect(mentor.getByText('Ask each other:')).toBeVisible();
  await typeInto(mentor, 'Mentor’s name', 'Sam Okafor');
  await typeInto(mentor, 'Mentee’s name', 'Jo Reyes');
  // The programme's start date is a suggestion until one of them chooses it.
  await mentor.getByRole('button', { name: /^Use this: today/ }).click();
  await expect(mentor.getByLabel('Start date')).not.toHaveValue('');
  await mentor.getByRole('button', { name: 'Next: Purpose' }).click();
  await expect(mentor.getByRole('heading', { name: 'Purpose' })).toBeFocused();
  await typeInto(mentor, 'Our purpose', 'Jo learns to run a lab; Sam learns how new staff see it.');
  await mentor.getByRole('button', { name: /^Next: / }).click();
  await mentor.getByRole('button', { name: /^Next: / }).click();
  await expect(mentor.getByRole('heading', { name: 'Rhythm' })).toBeFocused();
  await mentor.getByRole('button', { name: /^Use this: Every two weeks/ }).click();
  await expect(mentor.getByRole('radio', { name: 'Every two weeks' })).toBeChecked();
  await mentor.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(mentor.getByRole('heading', { name: 'That is what a first meeting needs' })).toBeFocused();
  await mentor.getByRole('button', { name: 'Agree what we have now' }).click();
  await expect(mentor.getByRole('heading', { name: 'Agree your charter' })).toBeFocused();
  await mentor.getByRole('button', { name: 'We agree' }).click();
  await expect(mentor.getByRole('heading', { name: 'Agreed', exact: true })).toBeFocused();
  await expect(mentor.getByRole('status').filter({ hasText: /^Agreed on .* by Sam Okafor and Jo Reyes\./ })).toBeVisible();

  // The printed charter records the agreement above the signatures.
  await expect(mentor.locator('.charter-print .doc-agreed')).toHaveText(/^Agreed on .* by Sam Okafor and Jo Reyes\.$/);

  // Each keeps a copy: the mentor sends the agreed version.
  await mentor.getByRole('button', { name: 'Send each of you a copy' }).click();
  await mentor.getByRole('radio', { name: 'Sam Okafor (mentor)' }).check();
  // In the same room, the link can be shown as a QR code to scan.
  await mentor.getByRole('button', { name: 'Show a QR code' }).click();
  await expect(mentor.getByRole('img', { name: 'QR code of the link for Jo Reyes' })).toBeVisible();
  const agreedLink = await copiedLink(mentor);

  // Opening his own link changes nothing, and says so.
  const own = await context.newPage();
  await own.goto(agreedLink);
  await expect(own.getByRole('heading', { name: 'This is your own link' })).toBeVisible();
  await own.close();

  // The mentee, on a phone: one card first, its button on the first screen.
  const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  await clipboard(phone);
  const mentee = await phone.newPage();
  const menteeProblems = watch(mentee);
  await mentee.goto(agreedLink);
  await expect(mentee.getByRole('heading', { name: 'Sam Okafor sent you your charter as you agreed it' })).toBeVisible();
  // Reading first scrolls to the charter and keeps the card: the link is still open.
  await mentee.getByRole('button', { name: 'Read it first' }).click();
  await expect(mentee.locator('#charter-preview')).toBeFocused();
  await expect(mentee.getByRole('heading', { name: 'Sam Okafor sent you your charter as you agreed it' })).toBeAttached();
  await mentee.evaluate(() => window.scrollTo(0, 0));
  const keep = mentee.getByRole('button', { name: 'Keep my copy' }).first();
  const box = (await keep.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
  await keep.click();
  await expect(mentee.getByText(/^Where it stands: Agreed on .* by Sam Okafor and Jo Reyes\. You both have this version\.$/)).toBeVisible();

  // She adds her part: the page says Sam has not seen it, and offers to send it back.
  await typeInto(mentee, 'The mentee offers back', 'How the lab looks to someone new.');
  await expect(mentee.getByText(/Changed since you agreed it on .*\. Sam Okafor has not seen the change\./).first()).toBeVisible();
  await mentee.getByRole('button', { name: 'Send it back to Sam Okafor' }).first().click();
  await expect(mentee.getByText('Sent from Jo Reyes (mentee).')).toBeVisible();
  const reply = await copiedLink(mentee);
  await expect(mentee.getByText(/^Where it stands: Changed since you agreed it on .*\. Waiting for Sam Okafor’s reply\./)).toBeVisible();

  // The mentor takes her part in, and sends the agreed version in one press.
  await mentor.goto(reply);
  await expect(mentor.getByRole('heading', { name: 'Compare Jo Reyes’s version with yours' })).toBeVisible();
  await mentor.getByRole('button', { name: 'Save the agreed version' }).click();
  await mentor.getByRole('button', { name: 'Send the agreed version to Jo Reyes' }).click();
  await expect(mentor.getByText('Sent from Sam Okafor (mentor).')).toBeVisible();
  const agreed = await copiedLink(mentor);
  await expect(mentor.getByText(/^Agreed on .* by Sam Okafor and Jo Reyes\. You both have this version\.$/)).toBeVisible();

  // It holds exactly her reply, so there is nothing to compare: opening it is enough.
  await mentee.goto(agreed);
  await expect(mentee.getByRole('heading', { name: 'You both have the same version' })).toBeVisible();
  await expect(mentee.getByText(/^Agreed on .* by Sam Okafor and Jo Reyes\. You both have this version\.$/)).toBeVisible();

  // Both lists say so, and both copies hold the same words.
  for (const page of [mentor, mentee]) {
    await page.goto('/tools/charter/');
    await expect(page.locator('.handover-line')).toHaveText(/^Agreed on .* by Sam Okafor and Jo Reyes\. You both have this version\.$/);
    await page.goto('/my-mentoring/');
    await expect(page.locator('.rel-facts')).toContainText('You both have this version.');
  }
  const words = async (page: Page) => {
    await page.goto('/tools/charter/');
    await page.getByRole('link', { name: 'Jo Reyes & Sam Okafor' }).click();
    return Promise.all(['Our purpose', 'The mentee offers back', 'Mentor’s name', 'Start date'].map((l) => page.getByLabel(l, { exact: true }).inputValue()));
  };
  const [a, b] = [await words(mentor), await words(mentee)];
  expect(a).toEqual(b);
  expect(a[1]).toBe('How the lab looks to someone new.');
  expect(menteeProblems.console).toEqual([]);
  await phone.close();
});

test('an untouched charter reads 0 written, and the programme’s defaults are suggestions, not answers', async ({ page }) => {
  await page.goto('/tools/charter/');
  await page.getByRole('button', { name: 'Start a new charter' }).click();
  await expect(page.getByRole('heading', { name: /^0 of \d+ sections written$/ })).toBeVisible();
  const total = Number((await page.getByRole('heading', { name: /sections written$/ }).innerText()).match(/of (\d+)/)![1]);
  // The count matches what is listed under it; the optional sections are listed apart.
  await expect(page.locator('.charter-progress .section-index').first().getByRole('listitem')).toHaveCount(total);
  for (const choice of ['Every week', 'Every two weeks', 'Every month']) await expect(page.getByRole('radio', { name: choice })).not.toBeChecked();
  await expect(page.getByLabel('Start date')).toHaveValue('');
  await page.getByRole('button', { name: /^Use this: Every two weeks/ }).click();
  await expect(page.getByRole('heading', { name: /^1 of \d+ sections written$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Use this: Every two weeks/ })).toHaveCount(0);
});

/** Press Tab until the focused element's text or label matches, as a keyboard user moves through the page. */
async function tabTo(page: Page, name: RegExp, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      // Nothing focused (the page is still drawing the next view): keep going, as a person would look again.
      if (!el || el === document.body) return '';
      const label = el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '';
      return `${el?.getAttribute('aria-label') ?? ''} ${label ?? ''} ${el?.textContent ?? ''}`.trim();
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

test('keyboard only: write the essentials together and agree, with focus on each new question', async ({ page }) => {
  await page.goto('/tools/charter/');
  await tabTo(page, /Write it together now/);
  await page.keyboard.press('Enter');
  // The first question takes focus as it opens.
  await expect(page.getByRole('heading', { name: 'Partners' })).toBeFocused();
  await tabTo(page, /Mentor’s name/);
  await page.keyboard.type('Sam Okafor', { delay: 10 });
  await page.keyboard.press('Tab');
  await page.keyboard.type('Jo Reyes', { delay: 10 });
  await tabTo(page, /^Use this: today/);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Start date')).not.toHaveValue('');
  await tabTo(page, /^Next: Purpose/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Purpose' })).toBeFocused();
  await tabTo(page, /Our purpose/);
  await page.keyboard.type('Jo learns to run a lab.', { delay: 10 });
  for (const next of [/^Next: Objectives/, /^Next: Rhythm/]) {
    await tabTo(page, next);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Rhythm' })).toBeFocused();
  await tabTo(page, /^Use this: Every two weeks/);
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Every two weeks' })).toBeChecked();
  await tabTo(page, /^Next$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'That is what a first meeting needs' })).toBeFocused();
  await tabTo(page, /^Agree what we have now$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Agree your charter' })).toBeFocused();
  await tabTo(page, /^We agree$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Agreed', exact: true })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: /^Agreed on .* by Sam Okafor and Jo Reyes\./ })).toBeVisible();
});

test('the guided meeting keeps what is being typed when the charter is deleted in another tab, and Keep stores it again', async ({ page, context }) => {
  await page.goto('/tools/charter/');
  await page.getByRole('button', { name: 'Write it together now' }).click();
  await typeInto(page, 'Mentor’s name', 'Sam Okafor');
  await page.getByRole('button', { name: 'Next: Purpose' }).click();
  await page.getByLabel('Our purpose').click();
  await page.keyboard.type('Jo learns to run', { delay: 10 });
  const other = await context.newPage();
  await other.goto('/tools/charter/');
  await other.getByRole('button', { name: /^Delete/ }).click();
  await expect(page.getByText('This charter was deleted in another tab.')).toBeVisible();
  await page.keyboard.type(' a lab.', { delay: 10 });
  await expect(page.getByLabel('Our purpose')).toHaveValue('Jo learns to run a lab.');
  await expect(page.getByLabel('Our purpose')).toBeFocused();
  await page.getByRole('button', { name: 'Keep this charter' }).click();
  await other.reload();
  await other.getByRole('link', { name: 'Sam Okafor' }).click();
  await expect(other.getByLabel('Our purpose')).toHaveValue('Jo learns to run a lab.');
});

test('the home page says where to start, and once a charter is kept, where each one is, with no script file', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Just matched? Start here' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeHidden();
  await page.goto('/tools/charter/');
  await page.getByRole('button', { name: 'Start a new charter' }).click();
  await typeInto(page, 'Mentee’s name', 'Jo Reyes');
  scripts.length = 0;
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  // The home page's own script is inline: it loads no script file (the service worker's registration aside).
  expect(scripts.filter((u) => !u.endsWith('/sw.js'))).toEqual([]);
  await expect(page.getByRole('heading', { name: 'Just matched? Start here' })).toBeHidden();
  await page.getByRole('link', { name: 'Jo Reyes' }).click();
  await expect(page.getByLabel('Mentee’s name')).toHaveValue('Jo Reyes');
  // My data names it the same way, and counts it in the tools' words.
  await page.goto('/my-data/');
  await expect(page.getByRole('cell', { name: 'Jo Reyes', exact: true })).toBeVisible();
  await expect(page.getByText('Kept in this browser only: 1 charter.')).toBeVisible();
});
