import { expect, test } from './fixtures';
import { XSS, downloadText, fixtureDocs, forbidDialogs, leavingAsks, seed, tandemStorage, tempFile } from './helpers';

const [charter, assessment, reflection] = fixtureDocs();

test.describe('your data stays safe', () => {
  test('a corrupted value is set aside, offered as a download, and nothing else is lost', async ({ page, context, problems }) => {
    const corrupt = '{"type":"charter","v":1,"id":"broken1","data": {oops';
    await seed(context, [charter!, reflection!], { 'tandem:doc:charter:broken1': corrupt });
    await page.goto('/tools/charter/');
    const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
    await expect(notice).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download the unreadable data' }).click()]);
    const file = JSON.parse(await downloadText(download));
    expect(file.items[0].raw).toBe(corrupt);
    expect(file.items[0].from).toBe('tandem:doc:charter:broken1');
    // The readable charter is still there, and the broken text is kept, not deleted.
    await expect(page.getByRole('link', { name: 'Amara and Tomasz' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible();
    const stored = await tandemStorage(page);
    expect(Object.values(stored).some((v) => v.includes('{oops'))).toBe(true);
    await page.goto('/my-data/');
    await expect(page.getByRole('cell', { name: 'Amara and Tomasz', exact: true })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'After a session, 3 October 2026', exact: true })).toBeVisible();
    expect(problems.console).toEqual([]);
  });

  test('with storage disabled, the tools still work and say that nothing is saved', async ({ page, context, problems }) => {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto('/tools/charter/');
    await expect(page.getByRole('alert').filter({ hasText: 'Your changes are not being saved' })).toBeVisible();
    await page.getByRole('button', { name: 'Start a new charter' }).click();
    await page.getByLabel('Mentor’s name').fill('Kofi Mensah');
    await page.getByLabel('Our purpose').fill('Still works in memory');
    await page.getByLabel('Our purpose').blur();
    await expect(page.getByText('Not being saved: see the notice above.')).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export what you have' }).click()]);
    const backup = JSON.parse(await downloadText(download));
    expect(backup.format).toBe('tandem-backup');
    expect(backup.documents[0].data.values['purpose.purpose']).toBe('Still works in memory');
    expect(problems.console).toEqual([]);
  });

  test('when storage is full, the change is kept on the page, storage is untouched, and the user is told', async ({ page, context, problems }) => {
    await seed(context, [charter!]);
    await page.goto(`/tools/charter/?id=${charter!.id}`);
    await expect(page.getByLabel('Charter name')).toHaveValue('Amara and Tomasz');
    const before = (await tandemStorage(page))[`tandem:doc:charter:${charter!.id}`];
    await page.evaluate(() => {
      const real = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('tandem:doc:')) throw new DOMException('full', 'QuotaExceededError');
        return real.call(this, key, value);
      };
    });
    await page.getByLabel('Our purpose').fill('A change that does not fit');
    await page.getByLabel('Our purpose').blur();
    const alert = page.getByRole('alert').filter({ hasText: 'Your latest changes are not being saved' });
    await expect(alert).toContainText('storage for this site is full');
    expect((await tandemStorage(page))[`tandem:doc:charter:${charter!.id}`]).toBe(before);
    await expect(page.getByLabel('Our purpose')).toHaveValue('A change that does not fit');
    const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Export everything' }).click()]);
    expect(await downloadText(download)).toContain('A change that does not fit');
    expect(problems.console).toEqual([]);
  });

  test('when storage is full, leaving the page asks first, and once space is free the answers are saved without a click', async ({ page, problems }) => {
    await page.goto('/tools/reciprocity/');
    await page.getByRole('radio', { name: 'mentee' }).check();
    await page.getByRole('radio', { name: 'The first three months' }).check();
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.locator('fieldset.statement').first()).toBeVisible();
    // Storage fills up: every write of a document is refused until space is freed.
    await page.evaluate(() => {
      const real = Storage.prototype.setItem;
      (window as unknown as { freeSpace: () => void }).freeSpace = () => {
        Storage.prototype.setItem = real;
      };
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('tandem:doc:')) throw new DOMException('full', 'QuotaExceededError');
        return real.call(this, key, value);
      };
    });
    const statements = page.locator('fieldset.statement');
    for (let i = 0; i < 3; i++) await statements.nth(i).getByRole('radio', { name: 'Often', exact: true }).check();
    await expect(page.getByRole('alert').filter({ hasText: 'Your latest changes are not being saved' })).toBeVisible();

    // Leaving by a link asks first; staying keeps every answer on the page.
    await leavingAsks(page, /\/tools\/reciprocity\//);
    await expect(statements.nth(2).getByRole('radio', { name: 'Often', exact: true })).toBeChecked();

    // Space comes back: within a few seconds the answers are in storage and the warning goes, with no click.
    await page.evaluate(() => (window as unknown as { freeSpace: () => void }).freeSpace());
    await expect(page.getByRole('alert').filter({ hasText: 'Your latest changes are not being saved' })).toHaveCount(0, { timeout: 10_000 });
    const stored = Object.entries(await tandemStorage(page)).filter(([k]) => k.startsWith('tandem:doc:assessment:'));
    expect(stored).toHaveLength(1);
    expect(Object.values(JSON.parse(stored[0]![1]).data.answers)).toEqual([4, 4, 4]);
    // Nothing is waiting any more: leaving does not ask.
    const asked: string[] = [];
    page.on('dialog', (d) => {
      asked.push(d.type());
      void d.accept();
    });
    await page.getByRole('link', { name: 'My data' }).first().click();
    await expect(page).toHaveURL(/\/my-data\//);
    expect(asked).toEqual([]);
    expect(problems.console).toEqual([]);
  });

  test('two tabs: a change in one shows in the other without a reload', async ({ context, problems }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto('/tools/charter/');
    await b.goto('/my-data/');
    await expect(b.getByText('Nothing is stored in this browser yet.')).toBeVisible();
    await a.getByRole('button', { name: 'Start a new charter' }).click();
    await a.getByLabel('Charter name').fill('Made in tab A');
    await a.getByLabel('Charter name').blur();
    await expect(b.getByRole('cell', { name: 'Made in tab A', exact: true })).toBeVisible();
    // Tab B opens the same charter and changes another field; tab A's name survives and A sees B's change.
    await b.goto(a.url());
    await b.getByLabel('Our purpose').fill('Written in tab B');
    await b.getByLabel('Our purpose').blur();
    await expect(a.getByLabel('Our purpose')).toHaveValue('Written in tab B');
    await expect(b.getByLabel('Charter name')).toHaveValue('Made in tab A');
    expect(problems.console).toEqual([]);
  });

  test('export, delete everything, import: everything comes back', async ({ page, context, problems }) => {
    await seed(context, [charter!, assessment!, reflection!]);
    await page.goto('/my-data/');
    await expect(page.getByRole('button', { name: 'Export all (1 charter, 1 reflection entry and 1 reciprocity self-assessment)' })).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Export all/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^tandem-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = tempFile('backup.json', await downloadText(download));
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect(page.getByText('Nothing is stored in this browser yet.')).toBeVisible();
    expect(Object.keys(await tandemStorage(page))).toEqual([]);
    await page.getByLabel('Backup file (.json, up to 5 MB)').setInputFiles(file);
    await expect(page.getByRole('heading', { name: /What importing/ })).toBeFocused();
    await expect(page.getByText('3 new documents will be added.')).toBeVisible();
    expect(Object.keys(await tandemStorage(page))).toEqual([]); // nothing changes before confirming
    await page.getByRole('button', { name: 'Import 3 documents' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 3 documents.' })).toBeVisible();
    for (const name of ['Amara and Tomasz', 'Self-assessment as mentee, 1 October 2026', 'After a session, 3 October 2026']) {
      await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
    }
    const stored = await tandemStorage(page);
    expect(JSON.parse(stored[`tandem:doc:charter:${charter!.id}`]!)).toEqual(charter);
    expect(problems.console).toEqual([]);
  });

  test('an import shows what would be replaced, kept or skipped, and offers a backup first', async ({ page, context }) => {
    const newer = { ...charter!, updatedAt: '2026-11-01T00:00:00.000Z', data: { ...(charter!.data as object), title: 'Newer in file' } };
    const older = { ...reflection!, updatedAt: '2026-10-03T18:00:00.000Z', createdAt: '2026-10-03T18:00:00.000Z' };
    await seed(context, [charter!, { ...reflection!, updatedAt: '2026-10-05T00:00:00.000Z' }]);
    await page.goto('/my-data/');
    const file = tempFile('mixed.json', JSON.stringify({ format: 'tandem-backup', formatVersion: 1, appVersion: '0.1.0', exportedAt: '2026-11-02T00:00:00.000Z', documents: [newer, older, { type: 'charter', id: 'bad' }] }));
    await page.getByLabel('Backup file (.json, up to 5 MB)').setInputFiles(file);
    await expect(page.getByText('1 document here will be replaced by the file’s newer version.')).toBeVisible();
    await expect(page.getByText('1 document will be skipped because this browser has a newer version.')).toBeVisible();
    await expect(page.getByText('1 document cannot be imported (listed below).')).toBeVisible();
    const [backup] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup of my current data first' }).click()]);
    expect(JSON.parse(await downloadText(backup)).documents).toHaveLength(2);
    await page.getByRole('button', { name: 'Import 1 document' }).click();
    await expect(page.getByRole('cell', { name: 'Newer in file', exact: true })).toBeVisible();
  });

  test('each bad import file gets one clear message and changes nothing', async ({ page, context, problems }) => {
    await seed(context, [charter!]);
    await page.goto('/my-data/');
    const before = await tandemStorage(page);
    const cases: [string, string | Buffer, RegExp][] = [
      ['notes.json', 'dear diary', /not valid JSON/],
      ['photos.json', '{"albums":[]}', /not a Tandem backup/],
      ['future.json', JSON.stringify({ format: 'tandem-backup', formatVersion: 9, documents: [] }), /newer version of the handbook/],
      ['huge.json', Buffer.alloc(5 * 1024 * 1024 + 10, 32), /up to 5 MB/],
    ];
    for (const [name, text, message] of cases) {
      await page.getByLabel('Backup file (.json, up to 5 MB)').setInputFiles(tempFile(name, text));
      await expect(page.getByRole('alert')).toHaveText(message);
      await expect(page.getByRole('alert')).toHaveText(/Nothing was imported/);
      expect(await tandemStorage(page)).toEqual(before);
    }
    expect(problems.console).toEqual([]);
  });

  test('markup and scripts in stored text and imports show as text and never run', async ({ page, problems }) => {
    const dialogs = forbidDialogs(page);
    const hostile = { ...charter!, id: 'hostile1', data: { title: XSS[0], values: { 'purpose.purpose': XSS[1], 'partners.mentorName': XSS[0] }, revisions: [] } };
    await page.goto('/my-data/');
    const file = tempFile('hostile.json', JSON.stringify({ format: 'tandem-backup', formatVersion: 1, appVersion: 'x', exportedAt: '2026-01-01T00:00:00.000Z', documents: [hostile] }));
    await page.getByLabel('Backup file (.json, up to 5 MB)').setInputFiles(file);
    await expect(page.getByText(/looks like web code/)).toBeVisible();
    await page.getByRole('button', { name: 'Import 1 document' }).click();
    await expect(page.getByRole('cell', { name: XSS[0], exact: true })).toBeVisible();
    await page.goto('/tools/charter/');
    await expect(page.getByRole('link', { name: XSS[0] })).toBeVisible();
    await page.goto(`/tools/charter/?id=hostile1`);
    await expect(page.getByLabel('Our purpose')).toHaveValue(XSS[1]);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.charter-print')).toContainText(XSS[1]);
    await expect(page.locator('.charter-print img, .charter-print script')).toHaveCount(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(problems.console).toEqual([]);
  });
});

test('markup typed into the self-assessment and a checklist shows as text and never runs', async ({ page, problems }) => {
  const dialogs = forbidDialogs(page);
  await page.goto('/tools/reciprocity/');
  await page.getByRole('radio', { name: 'mentee' }).check();
  await page.getByRole('radio', { name: 'Three months to a year' }).check();
  await page.getByLabel('Your first name (optional)').fill(XSS[1]);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.getByRole('button', { name: 'Yes, see my results' }).click();
  await expect(page.getByText(`As the mentee (${XSS[1]})`, { exact: false })).toBeVisible();

  await page.goto('/tools/reflection/after-session/');
  const note = page.getByLabel('What is the most useful thing I learned or realised in this session?');
  await note.fill(XSS[0]);
  await note.blur();
  await page.reload();
  await expect(note).toHaveValue(XSS[0]);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.entry-print')).toContainText(XSS[0]);
  await page.emulateMedia({ media: 'screen' });

  await page.goto('/my-data/');
  await expect(page.getByRole('cell', { name: /^Self-assessment as mentee/ })).toBeVisible();
  expect(await page.locator('img[src="x"], script:text("alert")').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(problems.console).toEqual([]);
});

test('if a tool still fails while it runs, it says so in one sentence, offers everything as a download and leaves storage alone', async ({ page, context, problems }) => {
  await seed(context, [charter!, reflection!]);
  // Make date formatting fail inside the tool, as an unforeseen bug would.
  await context.addInitScript(() => {
    Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
      get() {
        throw new Error('a bug nobody foresaw');
      },
    });
  });
  await page.goto('/tools/charter/');
  const before = await tandemStorage(page);
  const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong and this tool stopped.' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Nothing you saved has been changed or deleted.');
  const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Download everything' }).click()]);
  const backup = JSON.parse(await downloadText(download));
  expect(backup.documents.map((d: { id: string }) => d.id).sort()).toEqual([charter!.id, reflection!.id].sort());
  // Every document is exactly as it was (the export only notes when it happened).
  const docsOnly = (all: Record<string, string>) => Object.fromEntries(Object.entries(all).filter(([k]) => k.includes(':doc:')));
  expect(docsOnly(await tandemStorage(page))).toEqual(docsOnly(before));
  // The failure is reported in the console; this test expects it.
  problems.console.splice(0, problems.console.length);
});
