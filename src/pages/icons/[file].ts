import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { getTheme } from '../../data/theme';
import { ICONS, iconSvg, type IconSpec } from '../../lib/icons';

/** The app icons (icons/icon-192.png, …), rasterised at build time from public/favicon.svg. */
export const getStaticPaths = (() => ICONS.map((icon) => ({ params: { file: icon.file }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: IconSpec }> = async ({ props }) => {
  const { default: sharp } = await import('sharp');
  // The build runs in the project's folder.
  const source = await readFile('public/favicon.svg', 'utf8');
  const svg = iconSvg(source, props.icon.size, props.icon.maskable, getTheme().light['accent']!);
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
