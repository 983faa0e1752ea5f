/**
 * The site's colours, read from its stylesheet's custom properties (`--bg`, `--accent`, …), so the
 * web manifest, the browser's theme colour and the app icons follow the stylesheet. Pure: no DOM.
 */

export interface Theme {
  /** The light theme: `:root { … }`. */
  light: Record<string, string>;
  /** The dark theme: `@media (prefers-color-scheme: dark) { :root { … } }`, over the light one. */
  dark: Record<string, string>;
}

function properties(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of block.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)) out[m[1]!] = m[2]!.trim();
  return out;
}

/** The `{ … }` that starts at `open` (an index of "{"), without the braces. */
function blockAt(css: string, open: number): string {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return css.slice(open + 1, i);
  }
  throw new Error('The stylesheet has an unclosed block.');
}

/** Reads the light and dark custom properties; throws if a colour the site needs is missing. */
export function readTheme(css: string, required: readonly string[] = ['bg', 'accent', 'on-accent']): Theme {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rootAt = text.search(/(^|[\s}]):root\s*\{/);
  if (rootAt < 0) throw new Error('The stylesheet has no :root { … } block with the site’s colours.');
  const light = properties(blockAt(text, text.indexOf('{', rootAt)));
  const media = /@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)\s*\{/.exec(text);
  const darkOwn = media ? properties(blockAt(text, media.index + media[0].length - 1)) : {};
  const dark = { ...light, ...darkOwn };
  for (const name of required) {
    if (!/^#[0-9a-f]{3,8}$/i.test(light[name] ?? '')) throw new Error(`The stylesheet's :root needs --${name} as a hex colour.`);
  }
  return { light, dark };
}
