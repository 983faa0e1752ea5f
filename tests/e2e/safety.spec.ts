import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { ROOT, builtPages, expect, test } from './fixtures';
import { type Doc, printToPdf, seed, tandemStorage } from './helpers';

/** The concerns contact as content/program.yaml gives it. */
const program = load(readFileSync(join(ROOT, 'content/program.yaml'), 'utf8')) as { concerns: { name: string; email: string; phone?: string } };
const { concerns } = program;
const toolPages = builtPages().filter((p) => p.startsWith('/tools/'));
/** A charter exactly as the charter's first definition stored it. */
const firstDefinition = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/storage/charter.v1.all-fields.json'), 'utf8')) as Doc;

test.describe('when something is wrong: the concerns contact', () => {
  test('every tool page names the concerns contact and links the guide on power and safety', async ({ page }) => {
    expect(toolPages.length).toBeGreaterThanOrEqual(10);
    for (const path of toolPages) {
      await page.goto(path);
      const box = page.getByRole('complementary', { name: 'If something is wrong' });
      await expect(box, path).toHaveCount(1);
      await expect(box, path).toContainText(concerns.name);
      await expect(box.getByRole('link', { name: concerns.email }), path).toHaveAttribute('href', `mailto:${concerns.email}`);
      if (concerns.phone) await expect(box, path).toContainText(concerns.phone);
      await expect(box.getByRole('link', { name: 'Power, safety and speaking up' }), path).toBeVisible();
    }
  });

  test('a tool page does not print its concerns box; the charter prints the contact in its own section', async ({ page }) => {
    await page.goto('/tools/reciprocity/');
    const { text } = await printToPdf(page, 'A4');
    expect(text).not.toContain('If something is wrong');
  });

  test('the closing checklist shows the contact on screen, in a printed entry and on its one-page worksheet', async ({ page }) => {
    await page.goto('/tools/reflection/closing-well/');
    await expect(page.getByRole('complementary', { name: 'If something is wrong' })).toContainText(`${concerns.name}, ${concerns.email}`);
    await page.getByRole('checkbox').first().check();
    for (const format of ['A4', 'Letter'] as const) {
      const { pages, text } = await printToPdf(page, format);
      expect(pages, text).toBe(1);
      expect(text).toContain(concerns.email);
    }
    await page.goto('/worksheets/closing-well/');
    for (const format of ['A4', 'Letter'] as const) {
      const { pages, text } = await printToPdf(page, format);
      expect(pages, format).toBe(1);
      expect(text.replace(/\s+/g, ' ')).toContain(`${concerns.name}, ${concerns.email}`);
    }
  });

  test('the guide on power and safety shows the programme’s contact, and the guides on charters and endings link to it', async ({ page }) => {
    await page.goto('/guides/power-and-safety/');
    await expect(page.getByRole('complementary', { name: 'Who to contact in this programme' })).toContainText(`${concerns.name}, ${concerns.email}`);
    for (const [guide, heading] of [
      ['co-creating-your-charter', 'Review, success and a no-fault ending'],
      ['when-mentoring-goes-wrong', 'Ending well'],
    ] as const) {
      await page.goto(`/guides/${guide}/`);
      const section = page.locator('h2, h3').filter({ hasText: heading });
      await expect(section).toHaveCount(1);
      // A link to the guide in the part of the page that discusses ending.
      const linkAfter = await section.evaluate((h) => {
        for (let el = h.nextElementSibling; el && !/^H[23]$/.test(el.tagName); el = el.nextElementSibling) {
          if (el.querySelector('a[href$="/guides/power-and-safety/"]')) return true;
        }
        return false;
      });
      expect(linkAfter, guide).toBe(true);
    }
  });
});

test.describe('a charter written before the second definition', () => {
  test('opens with every word, the new sections empty, and prints and exports them', async ({ page, context, problems }) => {
    await seed(context, [firstDefinition]);
    await page.goto(`/tools/charter/?id=${firstDefinition.id}`);
    await expect(page.getByLabel('Mentor’s name')).toHaveValue('Ines Duarte');
    await expect(page.getByLabel('The mentor offers')).toHaveValue('Twelve years of planning across four sites, and a seat at the regional planning meeting.');
    await expect(page.getByLabel('What happens at the end')).toHaveValue('A last session to look back, and one introduction each.');
    await expect(page.getByRole('group', { name: 'How direct the mentor is with the mentee' }).getByRole('radio', { name: '4. Direct' })).toBeChecked();
    await expect(page.getByLabel('How we share credit')).toHaveValue('');
    await expect(page.getByRole('heading', { name: '9 of 13 sections written' })).toBeVisible();
    // Opening it changed nothing that was stored.
    expect(JSON.parse((await tandemStorage(page))[`tandem:doc:charter:${firstDefinition.id}`]!)).toEqual(firstDefinition);

    // The first meeting's time and zone are kept, and now belong to the calendar file.
    await page.getByRole('button', { name: 'Markdown and calendar' }).click();
    await expect(page.getByLabel('First meeting time')).toHaveValue('17:30');
    await expect(page.getByLabel('Time zone', { exact: true })).toHaveValue('Europe/Lisbon');

    for (const format of ['A4', 'Letter'] as const) {
      const { pages, text } = await printToPdf(page, format);
      const flat = text.replace(/\s+/g, ' ');
      expect(pages, format).toBeLessThanOrEqual(4);
      for (const words of ['Ines Duarte', 'Twelve years of planning across four sites', 'Invite Ravi to present at the regional planning meeting', 'A last session to look back', 'Conflicts of interest', 'Reporting lines and other ties between us', concerns.email]) {
        expect(flat, `${format}: ${words}`).toContain(words);
      }
      // The first meeting's time and zone, once part of the agreement, are printed with its date.
      expect(flat).toContain('17:30 (Europe/Lisbon)');
    }
    expect(problems.console).toEqual([]);
  });
});
