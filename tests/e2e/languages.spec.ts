/**
 * The handbook in other languages, on the test handbook built three more times
 * (tests/tools/fixture-sites.mjs): in English and French side by side, in a pseudo-language that shows
 * any interface word left in English, and right to left.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { FIXTURE_PORTS } from '../playwright.config';
import { ROOT, builtPages, expect, test } from './fixtures';
import { fixtureDocs, seed } from './helpers';

const site = (name: keyof typeof FIXTURE_PORTS) => `http://127.0.0.1:${FIXTURE_PORTS[name]}`;
const dist = (name: string) => join(ROOT, 'tests/.output', `dist-${name}`);
const FR = join(ROOT, 'tests/fixtures/bilingual/fr');
const frChecklist = parse(readFileSync(join(FR, 'checklists/harbour-after-shift.yaml'), 'utf8')) as { title: string; sections: { items: { id: string; text: string }[] }[] };
const enChecklist = parse(readFileSync(join(ROOT, 'tests/fixtures/content/checklists/harbour-after-shift.yaml'), 'utf8')) as typeof frChecklist;

test.describe('a bilingual handbook (languages: [en-GB, fr])', () => {
  test('each language has its pages, its lang, alternates and a switcher that keeps the page', async ({ page }) => {
    await page.goto(`${site('bilingual')}/guides/harbour-charter/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(page.locator('link[rel=alternate][hreflang=fr]')).toHaveAttribute('href', '/fr/guides/harbour-charter/');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(`${site('bilingual')}/fr/guides/harbour-charter/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rédiger votre charte');
    await expect(page.locator('link[rel=alternate][hreflang=en-GB]')).toHaveAttribute('href', '/guides/harbour-charter/');
    await page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(`${site('bilingual')}/guides/harbour-charter/`);
  });

  test('the switcher keeps what is open, a search and a shared link’s data', async ({ page }) => {
    await page.goto(`${site('bilingual')}/search/?q=charter`);
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(`${site('bilingual')}/fr/search/?q=charter`);
    await expect(page.getByRole('searchbox')).toHaveValue('charter');
    await page.goto(`${site('bilingual')}/fr/my-mentoring/?id=abc#share=xyz`);
    await page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/my-mentoring\/\?id=abc#share=xyz$/);
  });

  test('a guide not yet translated is shown in the original, with a notice, marked as English', async ({ page }) => {
    await page.goto(`${site('bilingual')}/fr/guides/power-and-safety/`);
    await expect(page.getByText('Ce guide n’a pas encore été traduit en français, il est donc présenté en anglais.')).toBeVisible();
    await expect(page.locator('[data-pagefind-body] [lang="en-GB"]').first()).toBeVisible();
  });

  test('a checklist ticked in English is the same entry in French, with the French wording', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-19T18:00:00'));
    const first = enChecklist.sections[0]!.items.find((i) => frChecklist.sections[0]!.items[0]!.id === i.id)!;
    await page.goto(`${site('bilingual')}/tools/reflection/harbour-after-shift/`);
    await page.getByRole('checkbox', { name: first.text }).check();
    await page.goto(`${site('bilingual')}/fr/tools/reflection/harbour-after-shift/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(frChecklist.title);
    await expect(page.getByRole('checkbox', { name: frChecklist.sections[0]!.items[0]!.text })).toBeChecked();
  });

  test('what is stored follows the person across: the same charters and entries in both languages', async ({ page, context }) => {
    await seed(context, fixtureDocs());
    await page.goto(`${site('bilingual')}/my-data/`);
    await expect(page.locator('main table tbody tr').first()).toBeVisible();
    const english = await page.locator('main table tbody tr').count();
    expect(english).toBeGreaterThan(0);
    await page.goto(`${site('bilingual')}/fr/my-data/`);
    await expect(page.locator('main table tbody tr')).toHaveCount(english);
  });

  test('each language searches its own pages', async ({ page }) => {
    await page.goto(`${site('bilingual')}/fr/search/?q=charte`);
    const results = page.locator('main ol li a, main ul li a').filter({ hasText: /charte/i });
    await expect(results.first()).toBeVisible();
    for (const href of await page.locator('main a[href*="/guides/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/fr\//);
    await page.goto(`${site('bilingual')}/search/?q=charte`);
    await expect(page.locator('main a[href^="/fr/"]')).toHaveCount(0);
  });
});

/** Every sentence of the test handbook's content, and of the stored fixture documents: text that is not the interface's. */
function contentCorpus(): string {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else if (/\.(ya?ml|mdx)$/.test(d.name)) texts.push(readFileSync(p, 'utf8'));
    }
  };
  walk(join(ROOT, 'tests/fixtures/content'));
  texts.push(readFileSync(join(ROOT, 'tests/fixtures/storage/backup.v1.json'), 'utf8').replace(/\\n/g, '\n'));
  const all = texts.join('\n');
  // The text as written (attributes included), and as read: without tags, link targets and Markdown marks.
  return normalise(`${all}\n${all.replace(/<\/?[A-Za-z][^>]*>/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`#>]/g, ' ')}`);
}
// Compared as read: quotes straightened, spaces collapsed, in lower case (headings may be shown in capitals).
const normalise = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
// Dates and names of months and days come from Intl, not from the strings files.
const INTL = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|AM|PM)\b/g;

/** The visible text and the names (aria-label, title, placeholder, alt) on the page that are neither the pseudo-language nor content. */
async function english(page: Page, corpus: string): Promise<string[]> {
  const { text, attributes } = await page.evaluate(() => ({
    text: document.body.innerText,
    attributes: [...document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')].flatMap((e) => ['aria-label', 'title', 'placeholder', 'alt'].map((a) => e.getAttribute(a) ?? '')).filter(Boolean),
  }));
  const strip = (s: string) => {
    let out = s;
    for (let i = 0; i < 5 && /⟦[^⟦⟧]*⟧/.test(out); i++) out = out.replace(/⟦[^⟦⟧]*⟧/g, ' ');
    return out;
  };
  // Numbers (a statement's "1a", a dimension's "1, 2, 3", dates and times) are not words: compared without them too.
  const bare = (line: string) => line.replace(/(^|\s)\d+[a-z]?(?=[\s,.:]|$)/g, ' ').replace(/\d+:\d+/g, ' ').replace(/\s+/g, ' ').trim();
  const bareCorpus = bare(corpus);
  const known = (line: string) => corpus.includes(line) || bareCorpus.includes(bare(line));
  return [...strip(text).split('\n'), ...attributes.map(strip)]
    .map((line) => normalise(line.replace(INTL, ' ')))
    .filter((line) => /[a-z]{2,}/.test(line) && !known(line) && !line.split(/\s*[·|,:;()]\s*|\.\s+/).every((part) => !/[a-z]{2,}/.test(part) || known(part)));
}

test.describe('the pseudo-language (languages: [en-XA])', () => {
  const corpus = contentCorpus();
  for (const path of builtPages(dist('pseudo')).filter((p) => !p.startsWith('/pagefind'))) {
    test(`${path} shows no interface word in English, and nothing overflows at 320 px`, async ({ page, context }) => {
      await seed(context, fixtureDocs());
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(`${site('pseudo')}${path}`);
      await page.waitForLoadState('networkidle');
      expect(await english(page, corpus)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }
});

test.describe('right to left (languages: [ar-XB])', () => {
  test('the page runs right to left: the header starts at the right, nothing overflows', async ({ page }) => {
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of ['/', '/tools/reflection/harbour-after-shift/', '/guides/harbour-charter/']) {
        await page.goto(`${site('rtl')}${path}`);
        await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width}px`).toBeLessThanOrEqual(width);
        const brand = await page.locator('.brand').boundingBox();
        expect(brand!.x + brand!.width, `${path}: the programme's name starts at the right`).toBeGreaterThan(width * 0.6);
        await page.screenshot({ path: join(ROOT, 'tests/.output', `rtl${path.replace(/\//g, '-')}${width}.png`), fullPage: true });
      }
    }
  });
});
