/**
 * Driving a tool by keyboard alone, and hearing what a screen reader would hear.
 *
 * `listen(context)` records what live regions say: the text of a polite region (role="status",
 * role="log", aria-live) when its content changes while it is on the page, and an alert
 * (role="alert") when it appears. A region added to the page together with its words is not
 * counted (screen readers mostly miss it); nor is a region whose words are set by the first render.
 *
 * `tabTo(page, target)` reaches a control with Tab and Shift+Tab only, so a control the keyboard
 * cannot reach fails the test; `press` then presses Enter (or Space for a box or radio button).
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

declare global {
  interface Window {
    __said?: { text: string; polite: boolean }[];
  }
}

/**
 * The recorder, as plain script text: a function compiled by the test runner would carry its
 * helpers (such as `__name`) into the page, where they do not exist.
 */
const RECORDER = `(() => {
  const said = (window.__said = []);
  const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';
  function record(mutations) {
    const changed = new Set();
    for (const m of mutations) {
      const el = m.target.nodeType === Node.ELEMENT_NODE ? m.target : m.target.parentElement;
      const region = el && el.closest(LIVE);
      if (region) changed.add(region);
      // An alert is announced when it appears, words and all.
      for (const n of m.addedNodes) {
        if (n.nodeType !== Node.ELEMENT_NODE) continue;
        for (const alert of [n, ...n.querySelectorAll('[role="alert"]')]) if (alert.matches('[role="alert"]')) changed.add(alert);
      }
    }
    for (const region of changed) {
      const text = (region.textContent || '').replace(/\\s+/g, ' ').trim();
      const polite = region.getAttribute('role') !== 'alert' && region.getAttribute('aria-live') !== 'assertive';
      const last = said[said.length - 1];
      if (text && !(last && last.text === text)) said.push({ text, polite });
    }
  }
  function start() {
    new MutationObserver(record).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
  }
  if (document.documentElement) start();
  else document.addEventListener('readystatechange', start, { once: true });
})();`;

/** Start recording announcements in every page of the context (before any page script runs). */
export async function listen(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: RECORDER });
}

/** What was announced since the last call (and forget it). */
export async function heard(page: Page): Promise<string[]> {
  return page.evaluate(() => (window.__said ?? []).splice(0).map((s) => s.text));
}

/** Wait until a polite announcement containing `text` is heard (within 10 s). */
export async function expectSaid(page: Page, text: string | RegExp): Promise<void> {
  const all: { text: string; polite: boolean }[] = [];
  const matches = (s: { text: string; polite: boolean }) => s.polite && (typeof text === 'string' ? s.text.includes(text) : text.test(s.text));
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    all.push(...(await page.evaluate(() => (window.__said ?? []).splice(0))));
    if (all.some(matches)) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`Expected a polite announcement of ${String(text)}; heard ${JSON.stringify(all)}`);
}

/** Wait until the page's islands run (they render on the server first). */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement).catch(() => false);

/**
 * Press Tab until `reached()` says yes, as a keyboard user would: Shift+Tab first when the target
 * comes before the focused element in the page, then the other way round if that fails.
 */
async function tabUntil(page: Page, reached: () => Promise<boolean>, what: string, behind: boolean, max = 400): Promise<void> {
  if (await reached()) return;
  for (const key of behind ? ['Shift+Tab', 'Tab'] : ['Tab', 'Shift+Tab']) {
    const seen = new Set<number>();
    let previous = -1;
    for (let i = 0; i < max; i++) {
      await page.keyboard.press(key);
      if (await reached()) return;
      // Round the page and back where this direction started: the target is not that way.
      const where = await page.evaluate(() => {
        const el = document.activeElement as (Element & { tabWalk?: number }) | null;
        if (!el || el === document.body) return 0;
        const w = window as Window & { tabWalks?: number };
        return (el.tabWalk ??= w.tabWalks = (w.tabWalks ?? 0) + 1);
      });
      // (Tab stays on a date field while it moves through the day, month and year.)
      if (where !== 0 && where !== previous && seen.has(where)) break;
      seen.add(where);
      previous = where;
    }
  }
  throw new Error(`The keyboard cannot reach ${what} (focus ended on ${await focusIs(page)})`);
}

/** Whether `target` comes before the focused element in the page. */
const isBehind = (target: Locator) =>
  target.evaluate((el) => {
    const a = document.activeElement;
    return !!a && a !== document.body && !!(a.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING);
  });

/** Move focus to `target` with Tab or Shift+Tab. */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeVisible();
  await tabUntil(page, () => isFocused(target), String(target), await isBehind(target));
}

/**
 * Reach a control by keyboard and use it: Enter for buttons and links, Space for a box. A radio
 * button is chosen as people do: Tab into its group, then the arrow keys (which choose each
 * radio button they pass, as browsers do).
 */
export async function press(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeVisible();
  const kind = await target.evaluate((el) => (el instanceof HTMLInputElement ? el.type : el.tagName.toLowerCase()));
  if (kind !== 'radio') {
    await tabTo(page, target);
    await page.keyboard.press(kind === 'checkbox' ? 'Space' : 'Enter');
    return;
  }
  const name = await target.evaluate((el) => (el as HTMLInputElement).name);
  const inGroup = () => page.evaluate((n) => (document.activeElement as HTMLInputElement | null)?.name === n, name);
  await tabUntil(page, inGroup, `the radio group ${name}`, await isBehind(target));
  const order = await page.evaluate((n) => [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(n)}"]`)].indexOf(document.activeElement as HTMLInputElement), name);
  const want = await target.evaluate((el) => [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape((el as HTMLInputElement).name)}"]`)].indexOf(el as HTMLInputElement));
  if (order === want) {
    // Tab lands on an unchosen group's first radio button without choosing it.
    if (!(await target.isChecked())) await page.keyboard.press('Space');
    return;
  }
  for (let i = 0; i < Math.abs(want - order); i++) await page.keyboard.press(want > order ? 'ArrowDown' : 'ArrowUp');
  await expect(target).toBeChecked();
}

/** Where focus is, for messages: the element's tag, id and text. */
export const focusIs = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60)}`;
  });

/** Focus is not lost to the page (after a re-render, a removed element, or a route change). */
export async function expectPlaceKept(page: Page): Promise<void> {
  await expect.poll(() => focusIs(page)).not.toBe('body');
}
