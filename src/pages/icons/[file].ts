import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { getTheme } from '../../data/theme';
import { ICONS, iconSvg, type IconSpec } from '../../lib/icons';

/**
 * The app icons (icons/icon-192.png, …), rasterised at build time from the programme's logo
 * (`logo:` in content/program.yaml), or from public/favicon.svg when there is none, so an installed
 * handbook shows the programme's picture.
 */
export const getStaticPaths = (() => ICONS.map((icon) => ({ params: { file: icon.file }, props: { icon } }))) satisfies GetStaticPaths;

/** The logo's file in content/, as written in program.yaml (the build has already checked it exists). */
async function logoFile(): Promise<string | undefined> {
  const settings = parse(await readFile('content/program.yaml', 'utf8')) as { logo?: unknown } | null;
  return typeof settings?.logo === 'string' ? join('content', settings.logo) : undefined;
}

export const GET: APIRoute<{ icon: IconSpec }> = async ({ props }) => {
  const { default: sharp } = await import('sharp');
  const { size, maskable } = props.icon;
  const background = getTheme().light['accent']!;
  // The build runs in the project's folder.
  const logo = await logoFile();
  let png: Buffer;
  if (!logo || logo.toLowerCase().endsWith('.svg')) {
    const svg = iconSvg(await readFile(logo ?? 'public/favicon.svg', 'utf8'), size, maskable, background);
    png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  } else {
    // A PNG, JPEG or WebP logo: fitted into the square (a maskable icon's safe zone on the accent colour).
    const inner = Math.round(size * (maskable ? 0.8 : 1));
    const picture = await sharp(await readFile(logo)).resize(inner, inner, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } }).png().toBuffer();
    png = await sharp({ create: { width: size, height: size, channels: 4, background: maskable ? background : { r: 0, g: 0, b: 0, alpha: 0 } } })
      .composite([{ input: picture, gravity: 'center' }])
      .png({ compressionLevel: 9 })
      .toBuffer();
  }
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
