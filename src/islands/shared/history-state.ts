import { useEffect, useState } from 'preact/hooks';

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

/**
 * A form's unsent state, kept in this tab's history entry (`history.state`): it survives a reload
 * and Back/Forward, stays in this tab, and is never written to storage, so a half-filled form
 * costs nothing and needs no clearing. It is written when the page is left, reloaded or hidden, not
 * at each keystroke (browsers limit how often a page may replace its history entry). The value is read after the first render (the
 * server's markup shows the empty form) and checked with `valid`.
 */
export function useHistoryState<T>(key: string, initial: T, valid: (v: unknown) => v is T): [T, (v: T) => void] {
  const [value, setValue] = useState(initial);
  useEffect(() => {
    const kept = (history.state as Record<string, unknown> | null)?.[key];
    if (valid(kept)) setValue(kept);
  }, []);
  return [
    value,
    (v: T) => {
      setValue((waiting[key] = v));
      // Written when the page is about to be left or reloaded (a history entry can no longer change
      // by then at `pagehide`), or hidden (a phone may close a hidden tab without warning).
      if (!listening) {
        listening = true;
        // visibilitychange bubbles from the document to the window.
        for (const e of ['beforeunload', 'visibilitychange']) addEventListener(e, writeHistoryState);
      }
    },
  ];
}
