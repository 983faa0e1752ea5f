/**
 * Regressions from the data-loss and crash report: one test per defect that shows in the browser,
 * asserting what a user must experience (data on screen and in storage, a tool that renders, an
 * explanation where one is due) rather than any particular wording.
 */
import { deflateRawSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import { expect, test, watch } from './fixtures';
import { downloadText, fixtureDocs, seed, tandemStorage, tempFile, type Doc } from './helpers';

const [charter, assessment, reflection] = fixtureDocs() as [Doc, Doc, Doc];

const charterKey = (id: string) => `tandem:doc:charter:${id}`;

/** The tool's island inside the page's main content. */
const tool = (page: Page): Locator => page.locator('#main astro-island').first();

/**
 * The tool is not blank and not stuck on its loading line: within 10 s a heading or an alert is
 * visible in it, and it holds more than a trivial amount of text.
 */
async function expectToolRendered(page: Page): Promise<void> {
  const root = tool(page);
  await expect(root.getByRole('heading').or(root.getByRole('alert')).first()).toBeVisible({ timeout: 10_000 });
  await expect(root.getByText(/^\s*(Loading|Opening)\b[^]*…/)).toHaveCount(0, { timeout: 10_000 });
  await expect.poll(async () => (await root.innerText()).trim().length, { timeout: 10_000 }).toBeGreaterThan(80);
}

/** Stored documents of one type, parsed. */
async function storedDocs(page: Page, type: string): Promise<Doc[]> {
  const all = await tandemStorage(page);
  return Object.entries(all)
    .filter(([k]) => k.startsWith(`tandem:doc:${type}:`))
    .map(([, v]) => JSON.parse(v) as Doc);
}

/** Does `value` hold `wanted` anywhere inside it (deep-equal), or the string `rawText`? */
function contains(value: unknown, wanted: unknown, rawText: string): boolean {
  if (value === rawText) return true;
  if (JSON.stringify(value) === JSON.stringify(wanted)) return true;
  if (Array.isArray(value)) return value.some((v) => contains(v, wanted, rawText));
  if (value && typeof value === 'object') return Object.values(value).some((v) => contains(v, wanted, rawText));
  return false;
}

// --- Share links, built the way src/lib/share.ts does -------------------------------------------

function crc32(text: string): string {
  let crc = 0xffffffff;
  for (const byte of Buffer.from(text, 'utf8')) {
    let c = (crc ^ byte) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (c ^ (crc >>> 8)) >>> 0;
  }
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

function charterShareToken(value: unknown): string {
  const data = deflateRawSync(Buffer.from(JSON.stringify(value), 'utf8')).toString('base64url');
  const body = `1.c.${data}`;
  return `${body}.${crc32(body)}`;
}

// --- The defects ----------------------------------------------------------------------------------

test.describe('regressions', () => {
  test('1. reflection notes typed one after the other (Tab between) are all kept', async ({ page }) => {
    await page.goto('/tools/reflection/before-session/');
    const first = page.getByLabel('What is the question or dilemma I want to bring, in one or two sentences?');
    const second = page.getByLabel('What is the one thing I most want to leave this session with?');
    await expect(first).toBeEnabled();
    await first.click();
    await page.keyboard.type('first note', { delay: 40 });
    await page.keyboard.press('Tab');
    await page.keyboard.type('hello world 1', { delay: 40 });
    await page.keyboard.press('Tab');

    await page.reload();
    await expect(first).toHaveValue('first note');
    await expect(second).toHaveValue('hello world 1');
    const entries = await storedDocs(page, 'reflection');
    expect(entries).toHaveLength(1);
    expect((entries[0]!.data as { notes: Record<string, string> }).notes).toMatchObject({ 'the-question': 'first note', 'leave-with': 'hello world 1' });
  });

  test('2. a charter with an over-long name never vanishes', async ({ page, context }) => {
    await seed(context, [charter]);
    const typed = 'A very long charter name that keeps going '.repeat(7).slice(0, 250);
    await page.goto(`/tools/charter/?id=${charter.id}`);
    const name = page.getByLabel('Charter name');
    await expect(name).toHaveValue('Amara and Tomasz');
    const statusBefore = await tool(page).getByRole('status').allInnerTexts();
    await name.fill(typed);
    await name.blur();
    const accepted = await name.inputValue();
    const maxLength = Number((await name.getAttribute('maxlength')) ?? Infinity);
    // Either the field refuses more than its limit, or it says the name is too long.
    const refused = accepted.length < typed.length && accepted.length <= maxLength;
    const flagged =
      (await tool(page).getByRole('alert').count()) > 0 ||
      (await name.getAttribute('aria-invalid')) === 'true' ||
      (await tool(page).getByRole('status').allInnerTexts()).join('\n') !== statusBefore.join('\n');

    await page.goto('/tools/charter/');
    await expectToolRendered(page);
    // Still listed, nothing set aside as unreadable.
    const link = tool(page).locator(`a[href="?id=${charter.id}"]`);
    await expect(link).toBeVisible();
    await expect(tool(page).getByRole('alert')).toHaveCount(0);
    const stored = await tandemStorage(page);
    expect(Object.keys(stored).filter((k) => k.startsWith('tandem:quarantine:'))).toEqual([]);
    expect(stored[charterKey(charter.id)]).toBeDefined();
    expect(refused || flagged, 'the field refuses the extra characters or says the name is too long').toBe(true);
    if (refused) {
      await expect(link).toHaveText(accepted.trim());
      expect((JSON.parse(stored[charterKey(charter.id)]!) as Doc & { data: { title: string } }).data.title.trim()).toBe(accepted.trim());
    }
  });

  test('3. a document from a newer version is left in place, explained and exported', async ({ page, context }) => {
    const future = { ...charter, id: 'future0000000001', v: 99, data: { heading: 'A shape this build does not know', blocks: [{ kind: 'text', text: 'Future text' }] } };
    const raw = JSON.stringify(future);
    await seed(context, [charter, future as Doc]);

    await page.goto('/tools/charter/');
    await expectToolRendered(page);
    await expect(tool(page).locator(`a[href="?id=${charter.id}"]`)).toBeVisible();
    expect((await tandemStorage(page))[charterKey(future.id)], 'the newer document is still under its key, byte for byte').toBe(raw);

    await page.goto('/my-data/');
    await expectToolRendered(page);
    await expect(tool(page).getByText(/newer version/i).first()).toBeVisible();
    expect((await tandemStorage(page))[charterKey(future.id)]).toBe(raw);

    const [download] = await Promise.all([page.waitForEvent('download'), tool(page).getByRole('button', { name: /^Export all/ }).click()]);
    const exported: unknown = JSON.parse(await downloadText(download));
    expect(contains(exported, future, raw), 'the export holds the newer document (as it is, or as its stored text)').toBe(true);
    expect((await tandemStorage(page))[charterKey(future.id)]).toBe(raw);
  });

  test('4. opening a document does not rewrite it; an edit keeps fields this version does not know', async ({ page, context }) => {
    const extra = { ...charter, syncedAt: '2026-10-14T16:05:13.000Z', data: { ...(charter.data as object), futureField: 'keep me' } };
    const raw = JSON.stringify(extra);
    await seed(context, [extra as Doc]);

    await page.goto('/tools/charter/');
    await expectToolRendered(page);
    const link = tool(page).locator(`a[href="?id=${charter.id}"]`);
    await expect(link).toBeVisible();
    expect((await tandemStorage(page))[charterKey(charter.id)], 'unchanged after opening the list').toBe(raw);

    await link.click();
    await expect(page.getByLabel('Charter name')).toHaveValue('Amara and Tomasz');
    await expect(page.getByLabel('Our purpose')).toHaveValue(/Help Amara prepare/);
    expect((await tandemStorage(page))[charterKey(charter.id)], 'unchanged after opening the charter').toBe(raw);

    await page.getByLabel('Our purpose').fill('An edited purpose');
    await page.getByLabel('Our purpose').blur();
    await expect
      .poll(async () => (JSON.parse((await tandemStorage(page))[charterKey(charter.id)] ?? '{}') as { data?: { values?: Record<string, unknown> } }).data?.values?.['purpose.purpose'])
      .toBe('An edited purpose');
    const edited = JSON.parse((await tandemStorage(page))[charterKey(charter.id)]!) as Record<string, unknown> & { data: Record<string, unknown> };
    expect(edited.syncedAt).toBe('2026-10-14T16:05:13.000Z');
    expect(edited.data.futureField).toBe('keep me');
  });

  test('5. an import does not overwrite an edit made after its preview', async ({ page, context }) => {
    const now = Date.now();
    const mine = { ...charter, updatedAt: new Date(now - 2 * 3600_000).toISOString() };
    const inFile = {
      ...charter,
      updatedAt: new Date(now - 3600_000).toISOString(),
      data: { ...(charter.data as object), title: 'Title from the backup file' },
    };
    await seed(context, [mine]);
    const file = tempFile('tandem-backup-race.json', JSON.stringify({ format: 'tandem-backup', formatVersion: 1, appVersion: '0.1.0', exportedAt: inFile.updatedAt, documents: [inFile] }));

    await page.goto('/my-data/');
    await expectToolRendered(page);
    await tool(page).locator('input[type=file]').setInputFiles(file);
    const confirm = tool(page).getByRole('button', { name: /^Import\b/ });
    await expect(confirm).toBeEnabled();

    // Meanwhile, in another tab, the charter is edited: the stored copy is now newer than the file's.
    const other = await context.newPage();
    const otherProblems = watch(other);
    await other.goto(`/tools/charter/?id=${charter.id}`);
    const name = other.getByLabel('Charter name');
    await expect(name).toHaveValue('Amara and Tomasz');
    await name.fill('Edited in another tab');
    await name.blur();
    await expect
      .poll(async () => (JSON.parse((await tandemStorage(other))[charterKey(charter.id)] ?? '{}') as { data?: { title?: string } }).data?.title)
      .toBe('Edited in another tab');
    // The first tab's browser storage has the edit too before the import is confirmed.
    await expect
      .poll(async () => (JSON.parse((await tandemStorage(page))[charterKey(charter.id)] ?? '{}') as { data?: { title?: string } }).data?.title)
      .toBe('Edited in another tab');

    await confirm.click();
    await expect
      .poll(async () => (JSON.parse((await tandemStorage(page))[charterKey(charter.id)] ?? '{}') as { data?: { title?: string } }).data?.title)
      .toBe('Edited in another tab');

    await other.reload();
    await expect(other.getByLabel('Charter name')).toHaveValue('Edited in another tab');
    const stored = JSON.parse((await tandemStorage(other))[charterKey(charter.id)]!) as { data: { title: string } };
    expect(stored.data.title).toBe('Edited in another tab');
    expect(otherProblems.console).toEqual([]);
  });

  test.describe('6. invalid dates do not crash the tools', () => {
    test('a reflection entry dated 2026-13-45: today’s checklist still works', async ({ page, context }) => {
      const bad = { ...reflection, id: 'baddate000000001', data: { ...(reflection.data as object), checklistId: 'before-session', checklistTitle: 'Before a session', date: '2026-13-45' } };
      await seed(context, [bad]);
      await page.goto('/tools/reflection/before-session/');
      await expectToolRendered(page);
      const box = page.getByRole('checkbox', { name: 'I’ve chosen one specific question or live dilemma, not a general wish for advice.' });
      await expect(box).toBeEnabled({ timeout: 10_000 });
      await box.check();
      await expect
        .poll(async () => (await storedDocs(page, 'reflection')).some((d) => d.id !== bad.id && (d.data as { ticks: Record<string, boolean> }).ticks['specific-question'] === true))
        .toBe(true);
      await page.reload();
      await expect(box).toBeChecked();
      await expect(box).toBeEnabled();
    });

    test('an assessment completed at "not a date": the self-assessment still renders', async ({ page, context }) => {
      const bad = { ...assessment, id: 'baddate000000002', data: { ...(assessment.data as object), status: 'complete', completedAt: 'not a date' } };
      await seed(context, [bad]);
      await page.goto('/tools/reciprocity/');
      await expectToolRendered(page);
    });

    test('a backup exported "yesterday": choosing it shows a preview or a message', async ({ page }) => {
      const file = tempFile('tandem-backup-yesterday.json', JSON.stringify({ format: 'tandem-backup', formatVersion: 1, appVersion: '0.1.0', exportedAt: 'yesterday', documents: [charter] }));
      await page.goto('/my-data/');
      await expectToolRendered(page);
      await tool(page).locator('input[type=file]').setInputFiles(file);
      await expect(
        tool(page)
          .getByRole('alert')
          .or(tool(page).getByRole('button', { name: /^Import\b/ }))
          .or(tool(page).getByText('tandem-backup-yesterday.json'))
          .first(),
      ).toBeVisible({ timeout: 10_000 });
      await expectToolRendered(page);
    });

    test('a charter share link shared "yesterday" opens (or explains) instead of staying on "Opening…"', async ({ page }) => {
      const token = charterShareToken({
        id: 'sharedyesterday1',
        title: 'Shared charter',
        values: { 'partners.mentorName': 'Tomasz Nowak', 'partners.menteeName': 'Amara Okafor', 'purpose.purpose': 'A shared purpose.' },
        sharedBy: 'Tomasz Nowak',
        sharedAt: 'yesterday',
        updatedAt: '2026-10-14T16:05:12.345Z',
      });
      await page.goto(`/tools/charter/#share=${token}`);
      await expectToolRendered(page);
    });
  });

  test.describe('7. a share fragment that is not valid percent-encoding gets a message, not "Loading…" forever', () => {
    for (const path of ['/tools/charter/#share=%E0%A4%A', '/tools/reciprocity/#share=%']) {
      test(path, async ({ page }) => {
        await page.goto(path);
        await expect(tool(page).getByRole('alert').first()).toBeVisible({ timeout: 10_000 });
        await expectToolRendered(page);
      });
    }
  });

  test('8. after deleting today’s entry, new ticks and notes are saved', async ({ page }) => {
    await page.goto('/tools/reflection/before-session/');
    const first = page.getByRole('checkbox', { name: 'I’ve chosen one specific question or live dilemma, not a general wish for advice.' });
    const second = page.getByRole('checkbox', { name: 'I can describe a real example from the last few weeks that shows what is going on.' });
    const note = page.getByLabel('What is the one thing I most want to leave this session with?');
    await expect(first).toBeEnabled();
    await first.check();
    const journal = page.getByRole('region', { name: 'Journal' });
    await expect(journal.getByRole('listitem')).toHaveCount(1);
    await expect.poll(async () => (await storedDocs(page, 'reflection')).length).toBe(1);

    await journal.getByRole('listitem').getByRole('button', { name: /^Delete/ }).click();
    await expect(journal.getByRole('listitem')).toHaveCount(0);
    await expect.poll(async () => (await storedDocs(page, 'reflection')).length).toBe(0);

    await second.check();
    await note.fill('Written after deleting');
    await note.blur();
    await page.reload();
    await expect(second).toBeChecked();
    await expect(note).toHaveValue('Written after deleting');
    const entries = await storedDocs(page, 'reflection');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.data).toMatchObject({ ticks: { 'real-example': true }, notes: { 'leave-with': 'Written after deleting' } });
  });

  test('two deployments on one origin never read or overwrite each other’s documents', async ({ page }) => {
    const shared = `http://127.0.0.1:${Number(process.env.E2E_SUBPATH_PORT ?? 4322) + 1}`;
    await page.goto(`${shared}/tools/charter/`);
    await page.getByRole('button', { name: 'Start a new charter' }).click();
    await page.getByLabel('Charter name').fill('Made at the root');
    await page.getByLabel('Charter name').blur();
    await page.goto(`${shared}/handbook/tools/charter/`);
    await expect(page.getByRole('heading', { name: 'Your charters' })).toBeVisible();
    await expect(page.getByText('You have no charters in this browser yet.')).toBeVisible();
    await page.getByRole('button', { name: 'Start a new charter' }).click();
    await page.getByLabel('Charter name').fill('Made under /handbook/');
    await page.getByLabel('Charter name').blur();
    await page.goto(`${shared}/tools/charter/`);
    await expect(page.getByRole('link', { name: 'Made at the root' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Made under /handbook/' })).toHaveCount(0);
    // Deleting everything in one leaves the other alone.
    await page.goto(`${shared}/handbook/my-data/`);
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.goto(`${shared}/tools/charter/`);
    await expect(page.getByRole('link', { name: 'Made at the root' })).toBeVisible();
  });
});

test.describe('found by trying to break the store', () => {
  for (const path of ['/tools/charter/?id=constructor', '/tools/charter/?id=__proto__', '/tools/reciprocity/?id=toString', '/tools/reflection/after-session/?id=constructor']) {
    test(`an address naming a reserved id (${path}) says the document is not here, and the tool keeps working`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('alert').filter({ hasText: /no (charter|assessment|journal entry) with this address/ })).toBeVisible();
      await expect(page.getByText('Something went wrong')).toHaveCount(0);
    });
  }

  test('a share link whose charter id is "__proto__" is refused with a message', async ({ page }) => {
    const token = charterShareToken({ id: '__proto__', title: 'T', values: {}, sharedBy: 'A', sharedAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' });
    await page.goto(`/tools/charter/#share=${token}`);
    await expect(page.getByRole('heading', { name: 'This link cannot be opened' })).toBeVisible();
  });

  test('opening a document saved by a newer version says so, instead of "not in this browser"', async ({ page, context }) => {
    await seed(context, [{ ...charter, id: 'fut1', v: 5 }]);
    await page.goto('/tools/charter/?id=fut1');
    await expect(page.getByRole('alert')).toContainText('saved by a newer version of this handbook');
  });

  test('undo after deleting today’s entry and writing again shows the entry brought back, keeps what was written since, and a reload agrees', async ({ page }) => {
    await page.goto('/tools/reflection/before-session/');
    const note = page.getByRole('textbox').first();
    await note.click();
    await page.keyboard.type('Original note', { delay: 20 });
    await page.keyboard.press('Tab');
    const journal = page.getByRole('region', { name: 'Journal' });
    await journal.getByRole('button', { name: /^Delete/ }).click();
    await note.click();
    await page.keyboard.type('Second thoughts', { delay: 20 });
    await page.keyboard.press('Tab');
    await journal.getByRole('button', { name: 'Undo' }).click();
    await expect(journal.getByRole('listitem')).toHaveCount(2);
    // One rule for today's entry: the one brought back is shown, marked in the journal, and still shown after a reload.
    await expect(note).toHaveValue('Original note');
    await expect(journal.locator('li[aria-current="true"]')).toContainText('shown above');
    await page.reload();
    await expect(page.getByRole('textbox').first()).toHaveValue('Original note');
    const notes = (await storedDocs(page, 'reflection')).map((d) => JSON.stringify(d.data));
    expect(notes.some((n) => n.includes('Second thoughts')) && notes.some((n) => n.includes('Original note'))).toBe(true);
  });

  test('with storage disabled the checklist never claims to save', async ({ page, context }) => {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto('/tools/reflection/before-session/');
    await page.getByRole('checkbox').first().check();
    await expect(page.getByText('Not being saved: see the notice above.')).toBeVisible();
    await expect(page.getByText('Saved in this browser as you go.')).toHaveCount(0);
  });
});
