import { builtPages, expect, readBuilt, test } from './fixtures';

/** The text of a guide's body (what Pagefind indexes), and its title and description. */
function guideTexts() {
  return builtPages()
    .filter((p) => /^\/guides\/[^/]+\/$/.test(p) && !p.startsWith('/guides/for/'))
    .map((path) => {
      const html = readBuilt(path);
      const prose = /<div class="prose">([\s\S]*?)<\/div><section|<div class="prose">([\s\S]*?)<\/div><nav|<div class="prose">([\s\S]*)<\/article>/.exec(html);
      const body = (prose?.[1] ?? prose?.[2] ?? prose?.[3] ?? '').replace(/<[^>]+>/g, ' ');
      const title = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? '';
      const description = /<p class="lede"[^>]*>([^<]*)<\/p>/.exec(html)?.[1] ?? '';
      return { path, title, head: `${title} ${description}`.toLowerCase(), words: new Set(body.toLowerCase().match(/[a-z]{8,}/g) ?? []) };
    });
}

test('finds a guide by a word that appears only in its body, and the result opens it', async ({ page, problems }) => {
  const guides = guideTexts();
  expect(guides.length).toBeGreaterThan(0);
  // A long word that occurs in exactly one guide's body and not in its title or description.
  let pick: { word: string; path: string; title: string } | undefined;
  for (const g of guides) {
    for (const w of g.words) {
      if (g.head.includes(w)) continue;
      if (guides.every((o) => o === g || !o.words.has(w) && !o.head.includes(w))) {
        pick = { word: w, path: g.path, title: g.title };
        break;
      }
    }
    if (pick) break;
  }
  expect(pick, 'a word unique to one guide body').toBeDefined();

  await page.goto(`/search/?q=${pick!.word}`);
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link').first()).toBeVisible();
  const link = results.getByRole('link', { name: pick!.title });
  await expect(link).toBeVisible();
  await expect(results.locator('mark').first()).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${pick!.path}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pick!.title);
  expect(problems.console).toEqual([]);
});

test('the audience filter narrows the results', async ({ page, problems }) => {
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: 'Search the handbook' });
  await box.fill('mentor');
  // The search's own status line (the update notice is a status line too).
  const status = page.locator('[role="status"]:not(.update-notice)');
  await expect(status).toHaveText(/\d+ results? for “mentor”\./);
  const all = Number((await status.textContent())!.match(/(\d+) result/)![1]);

  await page.getByRole('radio', { name: /Coordinators/ }).check();
  await expect(status).toHaveText(/in guides for coordinators/);
  const some = Number((await status.textContent())!.match(/(\d+) result/)![1]);
  expect(some).toBeGreaterThan(0);
  expect(some).toBeLessThan(all);
  await expect(page).toHaveURL(/audience=coordinator/);

  // Every result is a page for coordinators.
  const hrefs = await page.getByRole('list', { name: 'Search results' }).getByRole('link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  for (const href of hrefs) {
    const html = readBuilt(new URL(href, 'http://x').pathname);
    expect(html).toContain('data-pagefind-filter="audience:coordinator"');
  }
  expect(problems.console).toEqual([]);
});

test('search scripts load only when search is opened', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/guides/');
  await page.locator('.card a').first().click();
  // The guide has loaded, with whatever its islands bring.
  await page.waitForLoadState('load');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(requested.filter((p) => p.endsWith('.js') || p.includes('/pagefind/'))).toEqual([]);
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await expect.poll(() => requested.some((p) => p.includes('/pagefind/'))).toBe(true);
});

test('worksheet and checklist results read as their text, without the sheet’s name lines or the programme’s name', async ({ page }) => {
  await page.goto('/search/');
  const excerpts = await page.evaluate(async (base) => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as { init(): Promise<void>; search(q: string): Promise<{ results: { data(): Promise<{ url: string; excerpt: string }> }[] }> };
    await pagefind.init();
    const out: { url: string; text: string }[] = [];
    for (const q of ['advocacy worksheet', 'mid-point review', 'partner date', 'session record']) {
      for (const r of (await pagefind.search(q)).results.slice(0, 6)) {
        const d = await r.data();
        out.push({ url: d.url, text: d.excerpt.replace(/<[^>]+>/g, '') });
      }
    }
    return out;
  }, '/');
  const sheets = excerpts.filter((e) => /\/(worksheets|tools\/reflection)\//.test(e.url));
  expect(sheets.length).toBeGreaterThan(3);
  for (const e of sheets) {
    expect(e.text, e.url).not.toMatch(/Name\s*Partner\s*Date|Name\s*Cohort\s*Date|Mentee and mentor\s*Date/);
    expect(e.text, e.url).not.toMatch(/^Tandem\b|\bTandem\. /);
    expect(e.text, e.url).not.toMatch(/Reflection checklist · /);
  }
});
