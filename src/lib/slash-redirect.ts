/**
 * Where the service worker sends a page address typed or linked without its closing slash
 * ("/guides/starting-well"): the same page with the slash, on this site, and only when the worker
 * keeps that page. Anything else (another origin, an address that a browser or host could read as
 * one, a page not kept) gives null, and the network answers as it would without the worker.
 *
 * The worker carries this function's own source text (see src/integrations/offline.ts), so it
 * stands alone: no imports, no helpers, nothing from outside but URL.
 */
export function slashRedirectTarget(href: string, origin: string, kept: ReadonlySet<string>): string | null {
  let url: URL;
  try {
    url = new URL(href, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  const path = url.pathname;
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (path.endsWith('/') || last.includes('.')) return null;
  // One leading slash, no backslash and no encoded slash or backslash: such a path is never a page.
  if (!path.startsWith('/') || path.startsWith('//') || /\\|%2f|%5c/i.test(path)) return null;
  let target: URL;
  try {
    target = new URL(`${path}/${url.search}`, origin);
  } catch {
    return null;
  }
  if (target.origin !== origin || !kept.has(target.pathname)) return null;
  return target.href;
}
