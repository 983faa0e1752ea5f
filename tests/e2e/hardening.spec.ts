import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { startMounts } from '../tools/serve.mjs';
import { ROOT, expect, test } from './fixtures';
import { fixtureDocs, seed, tandemStorage, tempFile } from './helpers';

/**
 * What a page from another site, or a file from someone else, can make the handbook do: the
 * offline worker never sends a visitor to another origin, and an import never replaces a stored
 * document without saying so.
 */

test.describe('the offline worker', () => {
  test.use({ serviceWorkers: 'allow' });
  let server: Server;
  let origin: string;
  test.beforeEach(async () => {
    server = (await startMounts([{ dir: join(ROOT, 'dist'), base: '/' }], 0)) as Server;
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterEach(async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  });

  test('follows an address without its closing slash only to a page it keeps on this site', async ({ page, problems }) => {
    await page.goto(`${origin}/`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    // A kept page: redirected to its address with the slash, on this origin.
    await page.goto(`${origin}/tools/charter`);
    expect(page.url()).toBe(`${origin}/tools/charter/`);
    // Addresses that a careless redirect would turn into another site's.
    for (const path of ['//evil.example/phish', '/\\evil.example/phish', '/%2F%2Fevil.example/phish']) {
      await page.goto(`${origin}${path}`).catch(() => undefined);
      expect(new URL(page.url()).origin, path).toBe(origin);
    }
    expect(problems.external).toEqual([]);
    // The server answers those with its 404 page, which logs the missing resource.
    problems.console.length = 0;
  });
});

test.describe('an import', () => {
  const [charter] = fixtureDocs();

  test('never replaces a stored charter with a copy saved by a newer version: the preview says yours is kept', async ({ page, context }) => {
    await seed(context, [charter!]);
    await page.goto('/my-data/');
    const future = { ...charter!, v: 99, updatedAt: '2026-11-30T00:00:00.000Z', data: { anything: 'from a later version' } };
    const file = tempFile('newer.json', JSON.stringify({ format: 'tandem-backup', formatVersion: 1, appVersion: '9.0.0', exportedAt: '2026-11-30T00:00:00.000Z', documents: [future] }));
    await page.getByLabel('Backup file (.json, up to 5 MB)').setInputFiles(file);
    await expect(page.getByRole('heading', { name: /What importing/ })).toBeFocused();
    await expect(page.getByText(/1 document will not be imported: this browser already holds a document with the same id/)).toBeVisible();
    await page.getByText('See each document').click();
    await expect(page.getByText(/Keep yours: Amara and Tomasz/)).toBeVisible();
    const stored = await tandemStorage(page);
    expect(JSON.parse(stored[`tandem:doc:charter:${charter!.id}`]!)).toEqual(charter);
  });

  test('reads a far-future date as no later than tomorrow, so the imported charter can still be edited', async ({ page }) => {
    const far = { ...charter!, updatedAt: '9999-12-31T23:59:59.999Z' };
    await page.goto('/my-data/');
    const file = tempFile('future.json', JSON.stringify({ format: 'tandem-backup', formatVersion: 1, appVersion: '0.1.0', exportedAt: '2026-11-30T00:00:00.000Z', documents: [far] }));
    await page.getByLabel('Backup file (.json, up to 5 MB)').setInputFiles(file);
    await page.getByRole('button', { name: 'Import 1 document' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 1 document.' })).toBeVisible();
    await page.goto(`/tools/charter/?id=${charter!.id}`);
    const name = page.getByLabel('Charter name');
    await name.click();
    await name.press('End');
    await page.keyboard.type(' (edited)', { delay: 20 });
    await name.blur();
    await expect.poll(async () => JSON.parse((await tandemStorage(page))[`tandem:doc:charter:${charter!.id}`]!).data.title).toBe('Amara and Tomasz (edited)');
    await expect(page.getByText(/Not saved/)).toHaveCount(0);
  });
});
