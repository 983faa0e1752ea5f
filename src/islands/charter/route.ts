/**
 * Where the charter tool is: the list (no query), one charter (?id=…), or a shared charter
 * (#share=… in the fragment, which never reaches a server).
 */
import { atom } from 'nanostores';
import { readShareFragment } from '../../lib/share';

export type Route = { view: 'list' } | { view: 'charter'; id: string } | { view: 'shared'; token: string };

function read(): Route {
  const token = readShareFragment(location.hash);
  if (token) return { view: 'shared', token };
  const id = new URLSearchParams(location.search).get('id');
  return id ? { view: 'charter', id } : { view: 'list' };
}

export const $route = atom<Route>(typeof window === 'undefined' ? { view: 'list' } : read());

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => $route.set(read()));
  window.addEventListener('hashchange', () => $route.set(read()));
}

/** Open a charter (or the list, with null), adding a history entry. */
export function go(e: Event | null, id: string | null): void {
  e?.preventDefault();
  const url = id ? `${location.pathname}?id=${encodeURIComponent(id)}` : location.pathname;
  history.pushState(null, '', url);
  $route.set(read());
  window.scrollTo(0, 0);
  setTimeout(() => document.querySelector<HTMLElement>('#main h1, #main h2')?.focus(), 0);
}
