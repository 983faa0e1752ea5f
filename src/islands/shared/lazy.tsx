import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code loads the first time it is shown, so a tool's first view carries only
 * what it shows. While it loads, `waiting` is shown (nothing by default). If it cannot load (the
 * network is gone and this part was never kept), the error reaches the tool's error boundary,
 * which says so and offers everything as a download.
 */
/** The parts of the page still loading. */
const loading = new Set<Promise<void>>();

/**
 * Resolves once no part of the page is loading any more (and the page has drawn what arrived), so
 * that something shown below the tool, once it has settled, moves nothing already on the screen.
 */
export async function settled(): Promise<void> {
  for (let round = 0; round < 20; round++) {
    if (loading.size) await Promise.allSettled([...loading]);
    await new Promise((r) => setTimeout(r, 50));
    if (!loading.size) return;
  }
}

export function lazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, waiting: JSX.Element | null = null): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let failed: unknown = null;
  let pending: Promise<void> | null = null;
  const start = () => {
    if (pending) return pending;
    const p = (pending = load().then(
      (m) => {
        loaded = m.default;
      },
      (e: unknown) => {
        failed = e ?? new Error('A part of this tool could not be loaded.');
      },
    ));
    loading.add(p);
    void p.then(() => loading.delete(p));
    return p;
  };
  function Lazy(props: P) {
    const [, setReady] = useState(0);
    useEffect(() => {
      let live = true;
      if (!loaded) void start().then(() => live && setReady((n) => n + 1));
      return () => {
        live = false;
      };
    }, []);
    if (failed) throw failed;
    const Loaded = loaded as ComponentType<P> | null;
    return Loaded ? <Loaded {...props} /> : waiting;
  }
  return Lazy;
}
