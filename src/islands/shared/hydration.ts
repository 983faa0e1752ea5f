import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';
import { useLayoutEffect, useState } from 'preact/hooks';

/** Set once the page's island has taken over its server-rendered HTML. */
let hydrated = false;

/**
 * The tools render their frame on the server (headings, empty states, the first view), so nothing
 * moves when they start. The first render in the browser must match that HTML exactly (Preact does
 * not correct attributes while it takes the HTML over), so what only the browser knows (stored
 * documents, the address's ?id=) is shown from the next render on. Parts that appear later, after
 * the page is running, read it at once. Each tool page has one island.
 */
export function useHydrated(): boolean {
  const [ready, setReady] = useState(hydrated);
  // Before the browser paints: a tool drawn only in the browser shows what is stored in its first
  // painted frame, rather than an empty one that then grows.
  useLayoutEffect(() => {
    hydrated = true;
    setReady(true);
  }, []);
  return ready;
}

/** A store's value, or `before` (what the server rendered) until the page has been taken over. */
export function useBrowserStore<T>(store: ReadableAtom<T>, before: NoInfer<T>): T {
  const value = useStore(store);
  return useHydrated() ? value : before;
}
