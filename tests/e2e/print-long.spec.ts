import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { fixtureDocs, seed, tempFile } from './helpers';

const [charter] = fixtureDocs();

test('a charter whose first field is long starts it on page 1 and runs on, with headings kept with their text', async ({ page, context }) => {
  const long = Array.from({ length: 120 }, (_, i) => `Sentence ${i + 1} of the purpose, written at length so that it fills more than a page.`).join(' ');
  const doc = JSON.parse(JSON.stringify(charter!));
  doc.data.values['purpose.purpose'] = long;
  await seed(context, [doc]);
  await page.goto(`/tools/charter/?id=${doc.id}`);
  await expect(page.getByLabel('Our purpose')).toHaveValue(long);
  await page.emulateMedia({ media: 'print' });
  for (const format of ['A4', 'Letter'] as const) {
    const path = tempFile(`long-${format}.pdf`, await page.pdf({ format }));
    const pageText = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', path, '-'], { encoding: 'utf8' });
    const first = pageText(1);
    expect(first, `${format}: the long field starts on page 1`).toContain('Sentence 1 of the purpose');
    expect(first).toMatch(/Purpose/);
    // Its label is on the same page as its first words, and the text runs on to page 2.
    expect(first).toContain('Our purpose');
    expect(pageText(2)).toMatch(/Sentence \d+ of the purpose/);
  }
});
