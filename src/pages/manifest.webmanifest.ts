import type { APIRoute } from 'astro';
import { getProgram } from '../data/content';
import { getTheme } from '../data/theme';
import { ICONS } from '../lib/icons';
import { webManifest } from '../lib/manifest';

/** The web app manifest: the programme's name, the icons made from the favicon, the stylesheet's colours. */
export const GET: APIRoute = async () => {
  const manifest = webManifest(await getProgram(), getTheme(), ICONS, import.meta.env.BASE_URL);
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/manifest+json' } });
};
