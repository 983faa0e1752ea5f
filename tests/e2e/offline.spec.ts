import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { generateSW } from 'workbox-build';
import { swOptions } from '../../src/integrations/offline';
import { startMounts } from '../tools/serve.mjs';
import { ROOT, builtPages, expect, readBuilt, test } from './fixtures';

/**
 * Offline use and updates, against the shared builds served on a port of their own: the build
 * the other tests use (version 1), and a second version with one guide changed (version 2),
 * deployed over it during the test, at / and under /handbook/.
 */
const OUT = join(ROOT, 'tests/.output');
const FIRST = { '/': join(ROOT, 'dist'), '/handbook/': join(OUT, 'dist-handbook') };
/** The first guide built, and its title. */
const GUIDE = builtPages().find((p) => /^\/guides\/(?!for\/)[^/]+\/$/.test(p))!.split('/')[2]!;
const TITLE = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readBuilt(`/guides/${GUIDE}/`))![1]!.replace(/<[^>]+>/g, '').trim();
const NEW_TEXT = 'This sentence arrived with the second version of the handbook.';

/**
 * Version 2 of each build: a copy with a sentence added under the guide's title, and its service
 * worker made again by the build's own step (so every changed file gets a new revision), as a
 * new deployment of the same tree with that guide edited would have.
 */
async function secondVersion(base: '/' | '/handbook/'): Promise<string> {
  const dir = join(OUT, base === '/' ? 'dist-v2' : 'dist-v2-handbook');
  rmSync(dir, { recursive: true, force: true });
  cpSync(FIRST[base], dir, { recursive: true });
  const page = join(dir, `guides/${GUIDE}/index.html`);
  const html = readFileSync(page, 'utf8');
  const changed = html.replace(/<\/h1>/, `</h1><p>${NEW_TEXT}</p>`);
  expect(changed).not.toBe(html);
  writeFileSync(page, changed);
  const { warnings } = await generateSW(swOptions(dir));
  expect(warnings).toEqual([]);
  return dir;
}

type Deployed = Server & { deploy(base: string, dir: string): Promise<void> };

test.describe.configure({ mode: 'serial' });
test.use({ serviceWorkers: 'allow' });

const second: Partial<Record<'/' | '/handbook/', string>> = {};

/** Waits until the service worker has kept everything and controls the page. */
async function installed(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

for (const base of ['/', '/handbook/'] as const) {
  test.describe(`deployed at ${base}`, () => {
    let server: Deployed;
    let url: (path: string) => string;

    test.beforeAll(async () => {
      second[base] = await secondVersion(base);
    });
    test.beforeEach(async () => {
      server = (await startMounts([{ dir: FIRST[base], base }], 0)) as unknown as Deployed;
      const { port } = server.address() as AddressInfo;
      url = (path) => `http://127.0.0.1:${port}${base}${path}`;
    });
    test.afterEach(async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    });

    test('after one visit, the guides, every tool, the worksheets and search work with the network off', async ({ page, context }) => {
      await page.goto(url(''));
      await installed(page);
      await context.setOffline(true);

      await page.goto(url(`guides/${GUIDE}/`));
      await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
      // Every tool (each renders its first view from the kept code), My data and a worksheet.
      for (const [path, heading] of [
        ['tools/charter/', 'Your charters'],
        ['tools/reciprocity/', 'Start a self-assessment'],
        ['tools/reflection/', 'Reflection checklists'],
        ['tools/reflection/before-session/', 'Journal'],
        ['my-data/', 'Where your data is'],
        ['worksheets/before-session/', 'Before a session, for mentees'],
      ] as const) {
        await page.goto(url(path));
        await expect(page.getByRole('heading', { name: heading, exact: true }).first()).toBeVisible();
        await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toHaveCount(0);
      }

      await page.goto(url('search/'));
      await page.locator('#search-input').fill('reciprocity');
      await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();

      // A charter is written and saved offline (the editor's code loads from what was kept).
      await page.goto(url('tools/charter/'));
      await page.getByRole('button', { name: 'Start a new charter' }).click();
      await page.getByLabel('Charter name').fill('Written on a train');
      await page.getByLabel('Charter name').blur();
      await page.reload();
      await expect(page.getByLabel('Charter name')).toHaveValue('Written on a train');

      // An address without its closing slash opens the kept page, as the server would.
      await page.goto(url(`guides/${GUIDE}`));
      await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
      expect(page.url()).toBe(url(`guides/${GUIDE}/`));

      // A page this browser never kept: the offline page, with links to what is there.
      await page.goto(url('guides/a-page-from-a-later-version/'));
      await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
      // A checklist and its worksheet may share the guide's title: the guide's own link.
      await page.getByRole('link', { name: TITLE }).and(page.locator(`[href$="/guides/${GUIDE}/"]`)).click();
      await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    });

    test('a new deployment is announced without interrupting typing, and its text appears after the reload', async ({ page }) => {
      await page.goto(url(`guides/${GUIDE}/`));
      await installed(page);
      await expect(page.getByText(NEW_TEXT)).toHaveCount(0);
      const notice = page.getByRole('status').filter({ hasText: 'A new version of the handbook is ready' });
      await expect(notice).toBeHidden();

      await server.deploy(base, second[base]!);
      // Opening a page makes the browser look for a new version; meanwhile someone is typing.
      await page.goto(url('tools/charter/'));
      await page.getByRole('button', { name: 'Start a new charter' }).click();
      const name = page.getByLabel('Charter name');
      await name.click();
      await name.pressSequentially('Amara and ', { delay: 30 });
      await expect(notice).toBeVisible({ timeout: 30_000 });
      // The notice took neither focus nor keystrokes.
      await expect(name).toBeFocused();
      await name.pressSequentially('Tomasz', { delay: 30 });
      await expect(name).toHaveValue('Amara and Tomasz');

      // Reload at once, before the autosave's pause: what was typed is saved first.
      await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
      await expect(name).toHaveValue('Amara and Tomasz');
      await expect(notice).toBeHidden();

      await page.goto(url(`guides/${GUIDE}/`));
      await expect(page.getByText(NEW_TEXT)).toBeVisible();
    });
  });
}
