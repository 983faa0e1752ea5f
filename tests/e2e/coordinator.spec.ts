import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { cadenceRepeat, repeatLabel } from '../../src/lib/checklists/checklist';
import { createTranslator, flattenMessages } from '../../src/lib/i18n/messages';
import { fileSlug } from '../../src/lib/format';
import { ROOT, expect, test } from './fixtures';
import { downloadText, fixtureDocs, printToPdf, seed } from './helpers';

/** What the coordinator set in content/program.yaml, as the built site shows it. */
const program = load(readFileSync(join(ROOT, 'content/program.yaml'), 'utf8')) as { name: string; cadence: string; cadenceWeeks?: number; pack?: string[]; concerns: { email: string } };

const EARLIER = 'From an earlier version of this charter';

/** A charter with answers under two fields the charter no longer has (a coordinator renamed them). */
function charterWithEarlierAnswers() {
  const [doc] = structuredClone(fixtureDocs());
  const data = doc!.data as { values: Record<string, unknown> };
  data.values['purpose.why-we-meet'] = 'To learn from each other.\nAnd to keep each other honest.';
  data.values['objectives.old-goals'] = [{ id: 'og1', text: 'Present at the regional meeting', success: '', milestones: [] }];
  return doc!;
}

test.describe('answers from an earlier version of the charter', () => {
  test('stay visible, can be copied into a current field, removed and put back', async ({ page, context }) => {
    const doc = charterWithEarlierAnswers();
    await seed(context, [doc]);
    await page.goto(`/tools/charter/?id=${doc.id}`);
    const block = page.getByRole('region', { name: EARLIER });
    await expect(block).toBeVisible();
    await expect(block.getByText('To learn from each other.')).toBeVisible();
    await expect(block.getByText('1. Present at the regional meeting')).toBeVisible();

    // Copy into the field it most likely belongs in (the same section's paragraph field, suggested).
    const answer = block.getByRole('group', { name: 'An answer saved as “purpose.why-we-meet”' });
    await expect(answer.getByLabel('Copy into')).toHaveValue('purpose.purpose');
    await answer.getByRole('button', { name: 'Copy' }).click();
    await expect(block.getByRole('status')).toHaveText(/Copied “An answer saved as “purpose\.why-we-meet”” into Purpose: Our purpose\./);
    const purpose = page.getByLabel('Our purpose');
    await expect(purpose).toHaveValue(/^Help Amara prepare[\s\S]*\n\nTo learn from each other\.\nAnd to keep each other honest\.$/);

    // Goals go into a goals field the pair chooses.
    const goals = block.getByRole('group', { name: 'An answer saved as “objectives.old-goals”' });
    await goals.getByLabel('Copy into').selectOption({ label: 'Objectives on both sides: The mentor’s goals' });
    await goals.getByRole('button', { name: 'Copy' }).click();
    await expect(page.locator('fieldset.goals').nth(1).getByLabel('Goal 1')).toHaveValue('Present at the regional meeting');

    // Kept after a reload, until removed; a removal can be undone.
    await page.reload();
    await expect(page.getByLabel('Our purpose')).toHaveValue(/To learn from each other\./);
    await expect(answer).toBeVisible();
    await answer.getByRole('button', { name: /^Remove/ }).click();
    await expect(answer).toHaveCount(0);
    await expect(block).toBeFocused();
    await block.getByRole('button', { name: 'Undo' }).click();
    await expect(answer).toBeVisible();

    const violations = (await new AxeBuilder({ page }).include('#earlier').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations;
    expect(violations.map((v) => v.id)).toEqual([]);
  });

  test('are printed and exported to Markdown', async ({ page, context }) => {
    const doc = charterWithEarlierAnswers();
    await seed(context, [doc]);
    await page.goto(`/tools/charter/?id=${doc.id}`);
    await expect(page.getByRole('region', { name: EARLIER })).toBeVisible();
    const { text } = await printToPdf(page, 'A4');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(EARLIER);
    expect(flat).toContain('To learn from each other. And to keep each other honest.');
    expect(flat.indexOf(EARLIER)).toBeLessThan(flat.indexOf('Signatures'));

    await page.getByRole('button', { name: 'Markdown and calendar' }).click();
    const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .md' }).click()]);
    const markdown = await downloadText(md);
    expect(markdown).toContain(`## ${EARLIER}\n\n**An answer saved as “purpose.why-we-meet”**\n\nTo learn from each other.  \nAnd to keep each other honest.`);
    expect(markdown).toContain('1. **Present at the regional meeting**');
  });
});

test('the kick-off pack prints the chosen sheets, each from a new page, with the programme’s name', async ({ page }) => {
  await page.goto('/worksheets/pack/');
  const titles = (await page.locator('.pack-contents li').allTextContents()).map((t) => t.trim());
  expect(titles).toHaveLength(program.pack?.length ?? titles.length);
  await expect(page.locator('.pack-sheet')).toHaveCount(titles.length);
  const { pages, text } = await printToPdf(page, 'A4');
  expect(pages).toBeGreaterThanOrEqual(titles.length);
  // pdftotext separates pages with a form feed: each sheet's first page starts with the programme's name.
  const tops = text.split('\f').map((p) => p.trim().split(/\n/).slice(0, 3).join(' ').replace(/\s+/g, ' '));
  const sheetStarts = tops.filter((t) => t.toLowerCase().startsWith(program.name.toLowerCase()));
  expect(sheetStarts).toHaveLength(titles.length);
  for (const chrome of ['Skip to content', 'My data', 'Print the pack', 'all worksheets']) expect(text).not.toContain(chrome);
  // The concerns contact is on the charter and on the sheets that ask for it, as on the single worksheets.
  expect(text).toContain(program.concerns.email);
});

test('checklists word their rhythm from the programme’s cadence', async ({ page }) => {
  const english = flattenMessages(load(readFileSync(join(ROOT, 'src/i18n/en/reflection.yaml'), 'utf8')), ['reflection']).messages;
  const label = repeatLabel(createTranslator('en-GB', english), cadenceRepeat(program.cadence, program.cadenceWeeks));
  await page.goto('/tools/reflection/');
  await expect(page.getByRole('listitem').filter({ hasText: 'Before a session' }).first()).toContainText(new RegExp(`For [a-z ]+, ${label}\\.`));
  await page.goto('/tools/reflection/before-session/');
  await expect(page.getByText(label.charAt(0).toUpperCase() + label.slice(1), { exact: true })).toBeVisible();
});

test('My data and the backup file are named after the programme', async ({ page, context }) => {
  await seed(context, fixtureDocs());
  await page.goto('/my-data/');
  await expect(page.getByText(`Everything you type into ${program.name} stays in this browser`)).toBeVisible();
  await expect(page.getByText(`Choose a ${program.name} backup file.`)).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Export all/ }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${fileSlug(program.name)}-backup-\\d{4}-\\d{2}-\\d{2}\\.json$`));
});
