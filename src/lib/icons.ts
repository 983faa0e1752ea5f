/**
 * The app icons, all made at build time from one SVG (public/favicon.svg). Pure: no DOM.
 */

export interface IconSpec {
  /** The file name under icons/. */
  file: string;
  size: number;
  /** A maskable icon: the picture inside the safe zone, on a full square of the background colour. */
  maskable: boolean;
}

export const ICONS: readonly IconSpec[] = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon.png', size: 180, maskable: true },
];

/** The SVG's viewBox (or width and height) as [x, y, width, height]. */
export function viewBox(svg: string): [number, number, number, number] {
  const vb = /viewBox="\s*([-\d.]+)[\s,]+([-\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  if (vb) return [Number(vb[1]), Number(vb[2]), Number(vb[3]), Number(vb[4])];
  const w = /\swidth="([\d.]+)"/.exec(svg);
  const h = /\sheight="([\d.]+)"/.exec(svg);
  if (w && h) return [0, 0, Number(w[1]), Number(h[1])];
  throw new Error('The icon SVG needs a viewBox or a width and height.');
}

/**
 * The SVG to rasterise for one icon, `size` pixels square. A maskable icon puts the picture in the
 * central 80% (the safe zone platforms never crop) on a square of `background`.
 */
export function iconSvg(source: string, size: number, maskable: boolean, background: string): string {
  const [x, y, w, h] = viewBox(source);
  const inner = source.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const scale = maskable ? 0.8 : 1;
  const box = size * scale;
  const offset = (size - box) / 2;
  const fill = maskable ? `<rect width="${size}" height="${size}" fill="${background}"/>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">${fill}` +
    `<svg x="${offset}" y="${offset}" width="${box}" height="${box}" viewBox="${x} ${y} ${w} ${h}">${inner}</svg></svg>`
  );
}
