import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type BrowserContext, type Download, type Page } from '@playwright/test';
import { ROOT } from './fixtures';

export const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4321}`;

export interface Doc {
  type: string;
  v: number;
  id: string;
  createdAt: string;
  updatedAt: string;
  data: unknown;
}

/** The documents of a backup fixture in tests/fixtures/storage. */
export function fixtureDocs(name = 'backup.v1.json'): Doc[] {
  return JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/storage', name), 'utf8')).documents as Doc[];
}

/** One stored-document fixture in tests/fixtures/storage (e.g. "session.v1.json"). */
export function fixtureDoc(name: string): Doc {
  return JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/storage', name), 'utf8')) as Doc;
}

/** Put documents into the context's localStorage before any page script runs. */
export async function seed(context: BrowserContext, docs: Doc[], extra: Record<string, string> = {}): Promise<void> {
  const entries = Object.fromEntries([...docs.map((d) => [`tandem:doc:${d.type}:${d.id}`, JSON.stringify(d)]), ...Object.entries(extra)]);
  await context.addInitScript((items: Record<string, string>) => {
    if (localStorage.getItem('e2e-seeded')) return;
    for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
    localStorage.setItem('e2e-seeded', '1');
  }, entries);
}

/** Everything Tandem keeps in the page's localStorage. */
export function tandemStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith('tandem:'))));
}

export async function downloadText(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path!, 'utf8');
}

/** Write text to a temporary file (for file inputs) and return its path. */
export function tempFile(name: string, text: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-e2e-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Print the page to PDF and return its page count and text (poppler's pdfinfo and pdftotext). */
export async function printToPdf(page: Page, format: 'A4' | 'Letter'): Promise<{ pages: number; text: string }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format, printBackground: false, preferCSSPageSize: false });
  await page.emulateMedia({ media: 'screen' });
  const path = tempFile(`print-${format}.pdf`, pdf);
  try {
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), text };
  } catch (e) {
    throw new Error(`pdfinfo/pdftotext failed (install poppler-utils: apt-get install poppler-utils): ${(e as Error).message}`);
  }
}

/** Fail the test if any dialog (alert, confirm) opens: used with script payloads. */
export function forbidDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on('dialog', (d) => {
    opened.push(d.message());
    void d.dismiss();
  });
  return opened;
}

export const XSS = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>'] as const;

/** Wait until what was typed is saved: some stored document holds each text (as stored, JSON-escaped). */
export async function expectSaved(page: Page, ...texts: string[]): Promise<void> {
  const wanted = texts.map((t) => JSON.stringify(t).slice(1, -1));
  await expect
    .poll(async () => {
      const stored = Object.values(await tandemStorage(page)).join('\n');
      return wanted.filter((t) => !stored.includes(t));
    }, { message: 'texts not yet in localStorage' })
    .toEqual([]);
}

/**
 * Try to leave the page by the header's "My data" link, and stay if it asks: resolves once the page
 * has asked ('beforeunload'), with the URL unchanged. For pages that hold words not yet saved.
 */
export async function leavingAsks(page: Page, stays: RegExp): Promise<void> {
  const asked: string[] = [];
  page.once('dialog', (d) => {
    asked.push(d.type());
    void d.dismiss();
  });
  await page.getByRole('link', { name: 'My data' }).first().click();
  await expect.poll(() => asked).toEqual(['beforeunload']);
  await expect(page).toHaveURL(stays);
}

/**
 * Open the share panel and say who is sending, unless this copy already knows (a copy saved from
 * the partner's link, or one that shared before): then the panel says so instead of asking.
 */
export async function shareAs(page: Page, me: string): Promise<void> {
  await page.getByRole('button', { name: 'Share with my partner' }).click();
  await expect(page.getByRole('heading', { name: /^Send / })).toBeVisible();
  if (await page.getByText(`Sent from ${me}.`).isVisible()) return;
  await page.getByRole('radio', { name: me }).check();
}
