/**
 * A form's unsent state, kept in this tab's history entry (`history.state`): it survives a reload
 * and Back/Forward, stays in this tab, and is never written to storage, so a half-filled form costs
 * nothing and needs no clearing. Values are written when the page is left, reloaded or hidden, not
 * at each keystroke (browsers limit how often a page may replace its history entry). What is read
 * back is unchecked: check it before use.
 */
/** Values to keep in this page's history entry, by key: written when the page is left, reloaded or hidden. */
const waiting: Record<string, unknown> = {};

/** Write what is waiting now: before the page moves to another history entry, so it lands on this one. */
export function writeHistoryState(): void {
  try {
    history.replaceState({ ...(history.state as object | null), ...waiting }, '');
  } catch {
    // A browser that refuses (a sandbox) keeps the value on screen only.
  }
}
let listening = false;

/** What this page's history entry keeps under `key` (unchecked: check it before use). */
export const readHistoryState = (key: string): unknown => (history.state as Record<string, unknown> | null)?.[key];

/** Keep `value` under `key` in this page's history entry: written when the page is left, reloaded or hidden. */
export function keepInHistory(key: string, value: unknown): void {
  waiting[key] = value;
  if (!listening) {
    listening = true;
    // visibilitychange bubbles from the document to the window. (A history entry can no longer
    // change by `pagehide`; a phone may close a hidden tab without warning.)
    for (const e of ['beforeunload', 'visibilitychange']) addEventListener(e, writeHistoryState);
  }
}
