import { builtPages, expect, test } from './fixtures';
import { printToPdf } from './helpers';

const guides = builtPages().filter((p) => /^\/guides\/(?!for\/)[^/]+\/$/.test(p));

test('the guides are all printed below', () => {
  expect(guides.length).toBeGreaterThanOrEqual(12);
});

for (const path of guides) {
  test(`${path} prints cleanly: its text, no navigation, table of contents or buttons`, async ({ page }) => {
    await page.goto(path);
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    const { pages, text } = await printToPdf(page, 'A4');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat, path).toContain(title);
    expect(flat, path).toContain('Next steps');
    for (const chrome of ['Skip to content', 'On this page', 'Next guide', 'Previous guide', 'Questions about the programme']) expect(flat, `${path}: ${chrome}`).not.toContain(chrome);
    expect(pages, path).toBeLessThanOrEqual(6);
  });
}
