import { useEffect, useRef, useState } from 'preact/hooks';

/** Fields with a save waiting, flushed when the page is hidden so the last keystrokes are never lost. */
const pending = new Set<{ flush(): void }>();
if (typeof window !== 'undefined') {
  const flushAll = () => [...pending].forEach((p) => p.flush());
  window.addEventListener('pagehide', flushAll);
  // Sent by the "new version is ready" notice before it reloads (src/components/OfflineSupport.astro).
  window.addEventListener('tandem:save-now', flushAll);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushAll());
}

/** How many fields have a save waiting (for tests: one per field, however often it renders). */
export const waitingDrafts = (): number => pending.size;

/** Save every field that has a save waiting (before printing, sharing or leaving a view). */
export function flushAllDrafts(): void {
  [...pending].forEach((p) => p.flush());
}

const same = <T,>(a: T, b: T): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Local state for a field that saves a moment after typing stops (or on blur, or when the page is
 * hidden), and follows the stored value when it changes elsewhere (another tab, a restore) while
 * nothing typed here is waiting to be saved. If a save is refused, what was typed stays on screen.
 */
export function useDraft<T>(stored: T, save: (value: T, base: T) => void, delay = 300): [T, (v: T) => void, () => void] {
  const [draft, setDraft] = useState(stored);
  const self = useRef<{ timer: ReturnType<typeof setTimeout> | null; latest: T; seen: T; base: T; save: (v: T, base: T) => void; entry: { flush(): void } } | null>(null);
  if (!self.current) {
    const s = {
      timer: null as ReturnType<typeof setTimeout> | null,
      latest: stored,
      /** The stored value last seen: only a change of it (not a re-render) may replace the draft. */
      seen: stored,
      /** The stored value this edit began from (given to `save`, to rebase onto a newer one). */
      base: stored,
      save,
      entry: {
        flush() {
          if (!s.timer) return;
          clearTimeout(s.timer);
          s.timer = null;
          pending.delete(s.entry);
          s.save(s.latest, s.base);
        },
      },
    };
    self.current = s;
  }
  const s = self.current;
  s.save = save;

  useEffect(() => {
    // Effects run late: by now a save may have happened, so compare with what was stored before,
    // never with the draft, or a render from before the save would undo what was just typed.
    if (same(stored, s.seen)) return;
    s.seen = stored;
    if (!s.timer && !same(stored, s.latest)) {
      s.latest = stored;
      setDraft(stored);
    }
  }, [stored]);
  useEffect(() => () => s.entry.flush(), []);

  const update = (value: T) => {
    if (!s.timer) s.base = s.seen;
    s.latest = value;
    setDraft(value);
    if (s.timer) clearTimeout(s.timer);
    s.timer = setTimeout(() => s.entry.flush(), delay);
    pending.add(s.entry);
  };
  return [draft, update, () => s.entry.flush()];
}
