/**
 * The programme's accent colour (content/program.yaml `accent`) turned into the site's accent
 * colours for the light and dark themes, keeping every text colour readable: WCAG contrast of at
 * least 4.5:1 for text on the accent, the accent's strong shade on its soft shade and on the page.
 * Pure: the build checks the colour and writes the CSS (src/pages/brand.css.ts).
 */

export type Rgb = readonly [number, number, number];

export const HEX_COLOUR = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

export function parseHex(hex: string): Rgb | undefined {
  if (!HEX_COLOUR.test(hex)) return undefined;
  const h = hex.slice(1);
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
}

export const toHex = (c: Rgb): string => `#${c.map((v) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, '0')).join('')}`;

/** WCAG relative luminance. */
export function luminance(c: Rgb): number {
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `a` moved a share `t` (0–1) of the way to `b`. */
export const mix = (a: Rgb, b: Rgb, t: number): Rgb => a.map((v, i) => v + (b[i]! - v) * t) as unknown as Rgb;

/** The first mix of `from` towards `to` (in steps of 2%) that passes `ok`; `to` itself if none does. */
function shiftUntil(from: Rgb, to: Rgb, ok: (c: Rgb) => boolean, start = 0): Rgb {
  for (let t = start; t <= 1.0001; t += 0.02) {
    const c = mix(from, to, t);
    if (ok(c)) return c;
  }
  return to;
}

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];
/** The page backgrounds and dark-theme text on the accent, as in src/styles/global.css. */
export const LIGHT_BG: Rgb = [0xfb, 0xfa, 0xf7];
export const DARK_BG: Rgb = [0x14, 0x18, 0x1b];
const DARK_ON_ACCENT: Rgb = [0x0b, 0x1a, 0x18];

export const TEXT_CONTRAST = 4.5;

export interface AccentTheme {
  light: { accent: string; strong: string; soft: string; onAccent: string };
  dark: { accent: string; strong: string; soft: string; onAccent: string };
}

export type AccentResult = { ok: true; theme: AccentTheme } | { ok: false; reason: string };

/**
 * The accent colours for both themes from one colour. Refused (with the reason) when white text on
 * it would be hard to read: buttons put white text on the accent.
 */
export function accentTheme(hex: string): AccentResult {
  const a = parseHex(hex);
  if (!a) return { ok: false, reason: `“${hex}” is not a colour: write it as # and six hexadecimal digits, like "#0b6b61".` };
  const onWhite = contrast(a, WHITE);
  if (onWhite < TEXT_CONTRAST) {
    return {
      ok: false,
      reason: `white text on ${hex} has a contrast of ${onWhite.toFixed(1)}:1, and buttons need at least ${TEXT_CONTRAST}:1 to be readable. Choose a darker shade of it (for example ${toHex(shiftUntil(a, BLACK, (c) => contrast(c, WHITE) >= TEXT_CONTRAST + 0.2))}).`,
    };
  }
  const soft = mix(a, WHITE, 0.88);
  const readable = (c: Rgb) => contrast(c, soft) >= TEXT_CONTRAST && contrast(c, LIGHT_BG) >= TEXT_CONTRAST && contrast(WHITE, c) >= TEXT_CONTRAST;
  const strong = shiftUntil(a, BLACK, readable, 0.2);

  // Dark theme: a lighter accent with dark text on it, and a soft shade close to the dark page.
  const darkAccent = shiftUntil(a, WHITE, (c) => contrast(c, DARK_ON_ACCENT) >= TEXT_CONTRAST + 1 && contrast(c, DARK_BG) >= TEXT_CONTRAST + 1);
  const darkSoft = mix(a, DARK_BG, 0.75);
  const darkStrong = shiftUntil(darkAccent, WHITE, (c) => contrast(c, darkSoft) >= TEXT_CONTRAST + 0.5 && contrast(c, DARK_BG) >= TEXT_CONTRAST + 0.5 && contrast(c, DARK_ON_ACCENT) >= TEXT_CONTRAST, 0.15);
  return {
    ok: true,
    theme: {
      light: { accent: toHex(a), strong: toHex(strong), soft: toHex(soft), onAccent: '#ffffff' },
      dark: { accent: toHex(darkAccent), strong: toHex(darkStrong), soft: toHex(darkSoft), onAccent: toHex(DARK_ON_ACCENT) },
    },
  };
}

/** The CSS that puts the theme on every page (loaded after the site's own styles; `:root:root` wins either way). */
export function accentCss(theme: AccentTheme): string {
  const vars = (t: AccentTheme['light']) => `--accent:${t.accent};--accent-strong:${t.strong};--accent-soft:${t.soft};--on-accent:${t.onAccent};`;
  return `:root:root{${vars(theme.light)}}\n@media (prefers-color-scheme: dark){:root:root{${vars(theme.dark)}}}\n`;
}
