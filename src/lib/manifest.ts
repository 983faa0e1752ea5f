import type { Program } from './program-schema';
import { languagesOf } from './i18n/languages';
import type { Theme } from './theme';
import type { IconSpec } from './icons';

/** The web app manifest for the handbook, from the programme settings, the theme and the icons. */
export function webManifest(program: Pick<Program, 'name' | 'organisation' | 'tagline' | 'lang' | 'languages' | 'accent'>, theme: Theme, icons: readonly IconSpec[], base: string) {
  return {
    name: `${program.name} · ${program.organisation}`,
    short_name: program.name,
    description: program.tagline,
    lang: languagesOf(program)[0],
    id: base,
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: theme.light['bg'],
    theme_color: program.accent ?? theme.light['accent'],
    icons: icons
      .filter((i) => i.file !== 'apple-touch-icon.png')
      .map((i) => ({ src: `${base}icons/${i.file}`, sizes: `${i.size}x${i.size}`, type: 'image/png', purpose: i.maskable ? 'maskable' : 'any' })),
  };
}
