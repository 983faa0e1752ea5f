import css from '../styles/global.css?raw';
import { readTheme, type Theme } from '../lib/theme';

let theme: Theme | undefined;

/** The colours of src/styles/global.css, for the manifest, the theme colour and the icons. */
export function getTheme(): Theme {
  return (theme ??= readTheme(css));
}
