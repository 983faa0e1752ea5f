import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code loads only when it is first shown (a panel opened on demand, a view
 * reached by a link), so the tool's first view carries less JavaScript.
 */
export function lazyComponent<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, loading: string): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function Lazy(props: P) {
    const [state, setState] = useState<{ C: ComponentType<P> | null; failed: boolean }>(() => ({ C: loaded, failed: false }));
    useEffect(() => {
      if (state.C) return;
      let live = true;
      load()
        .then((m) => {
          loaded = m.default;
          if (live) setState({ C: m.default, failed: false });
        })
        .catch(() => live && setState({ C: null, failed: true }));
      return () => {
        live = false;
      };
    }, []);
    if (state.C) return <state.C {...props} />;
    if (state.failed) {
      return (
        <p class="notice notice-error" role="alert">
          This part of the page could not be loaded. Check the connection, then reload the page; nothing you saved is affected.
        </p>
      );
    }
    return <p role="status">{loading}</p>;
  };
}
