import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';

/** The rule Astro writes for its island elements, as the <style> it writes it in. */
export const ISLAND_STYLE_TAG = `<style>${ISLAND_STYLES}</style>`;

/**
 * Astro writes the rule for its island elements (astro-island { display: contents }) just before a
 * page's first island, inside <body>, where HTML allows no <style> (withastro/astro#10308). This
 * moves it to the end of <head>: the same rule, so the same hash in the Content-Security-Policy,
 * read before any island. A page without it, or without a <head>, is returned as it is.
 */
export function islandStyleToHead(html: string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd === -1) return html;
  const head = html.slice(0, headEnd);
  const rest = html.slice(headEnd);
  if (!rest.includes(ISLAND_STYLE_TAG)) return html;
  return (head.includes(ISLAND_STYLE_TAG) ? head : head + ISLAND_STYLE_TAG) + rest.split(ISLAND_STYLE_TAG).join('');
}
