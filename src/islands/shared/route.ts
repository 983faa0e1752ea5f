/**
 * Where a tool is: its home (no query), one document (?id=…), or something shared (#share=…, in
 * the fragment, which never reaches a server). Back and forward work; reloading stays put.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { readShareFragment } from '../../lib/share-fragment';

/** `together`: the charter written as a guided conversation in one meeting (`?id=…&mode=together`). */
export type Route = { view: 'home' } | { view: 'doc'; id: string; together?: boolean } | { view: 'shared'; token: string };

function read(): Route {
  const token = readShareFragment(location.hash);
  // An empty token (a link cut right after “#share=”) is still a shared link: its view says it is incomplete.
  if (token !== null) return { view: 'shared', token };
  const params = new URLSearchParams(location.search);
  const id = params.get('id');
  return id ? { view: 'doc', id, ...(params.get('mode') === 'together' ? { together: true } : {}) } : { view: 'home' };
}

const $route = atom<Route>(typeof window === 'undefined' ? { view: 'home' } : read());
export const route: ReadableAtom<Route> = $route;

/**
 * Show a view. A view that moves focus itself wins; otherwise, back on a tool's home from a
 * document, focus returns to that document's link in the list, and anywhere else (or when the link
 * is gone) to the page's title. The title gives way to the next move, as only this fallback puts
 * focus there.
 */
function moveTo(next: Route): void {
  const from = $route.get();
  $route.set(next);
  setTimeout(() => {
    const a = document.activeElement;
    if (a && a !== document.body && a.isConnected && !a.matches('#main h1')) return;
    const back = from.view === 'doc' && next.view === 'home' && document.querySelector<HTMLElement>(`#main a[href="${CSS.escape(docHref(from.id))}"]`);
    (back || document.querySelector<HTMLElement>('#main h1'))?.focus();
  }, 60);
}

if (typeof window !== 'undefined') {
  // Back and forward too: the element that had focus may be gone with the view it was in.
  window.addEventListener('popstate', () => moveTo(read()));
  window.addEventListener('hashchange', () => moveTo(read()));
}

/** Open a document (or the tool's home, with null), adding a history entry, and move focus to the top. */
export function go(e: Event | null, id: string | null, together = false): void {
  e?.preventDefault();
  history.pushState(null, '', id ? `${location.pathname}${docHref(id)}${together ? '&mode=together' : ''}` : location.pathname);
  window.scrollTo(0, 0);
  moveTo(read());
}

/** Leave a shared view for a document, replacing the share link in the history. */
export function leaveShared(id: string | null): void {
  history.replaceState(null, '', location.pathname);
  go(null, id);
}

export const docHref = (id: string): string => `?id=${encodeURIComponent(id)}`;
