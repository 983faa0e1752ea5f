/**
 * /brand.css: the accent colour set in content/program.yaml (`accent`), for the light and dark
 * themes. Pages link it only when an accent is set; it loads after the site's own styles and wins
 * over their defaults. The build has already checked that the colour is dark enough.
 */
import type { APIRoute } from 'astro';
import { getProgram } from '../data/content';
import { accentCss, accentTheme } from '../lib/colour';

export const GET: APIRoute = async () => {
  const program = await getProgram();
  const theme = program.accent ? accentTheme(program.accent) : undefined;
  const css = theme?.ok ? accentCss(theme.theme) : '/* No accent colour is set in content/program.yaml: the default colours apply. */\n';
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
