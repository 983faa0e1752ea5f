/**
 * Links in guides under a base path: a link or picture written root-relative in Markdown
 * (`[the charter](/tools/charter/)`) points at the site's own pages, so it gets the base path the
 * site is deployed under (`/mentoring/tools/charter/`). A link that already carries the base, a
 * link to another site, an anchor and a relative link are left as they are. The build applies it as a
 * hast plugin of the Markdown processor (src/integrations/base-links.ts).
 */

/** The address a root-relative `url` has on a site deployed under `base` ("/", "/mentoring/"). */
export function withSiteBase(url: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  if (!prefix || !url.startsWith('/') || url.startsWith('//')) return url;
  if (url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}#`) || url.startsWith(`${prefix}?`)) return url;
  return `${prefix}${url}`;
}

/** The base path without it: what a link names on the site ("/mentoring/guides/x/" → "/guides/x/"), for checking it exists. */
export function withoutSiteBase(url: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  return prefix && (url === prefix || url.startsWith(`${prefix}/`)) ? url.slice(prefix.length) || '/' : url;
}

const ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src', source: 'src' };

/** The attribute to give the base path on an element, and its new value, or null when it stays as it is. */
export function baseLinkChange(tagName: string, properties: Record<string, unknown>, base: string): { name: string; value: string } | null {
  const name = ATTRIBUTES[tagName];
  const value = name ? properties[name] : undefined;
  if (!name || typeof value !== 'string') return null;
  const next = withSiteBase(value, base);
  return next === value ? null : { name, value: next };
}
