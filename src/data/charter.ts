import { getEntry, render } from 'astro:content';
import type { CharterDefinition } from '../lib/charter/definition';
import { withBase } from '../lib/site';

export async function getCharterDefinition(): Promise<CharterDefinition> {
  const entry = await getEntry('charter', 'charter');
  if (!entry) throw new Error('content/charter.yaml is missing: the charter builder needs it.');
  return entry.data as CharterDefinition;
}

/**
 * Each section's "why this matters" link, checked at build time: the guide must exist and, when
 * an #anchor is given, have a heading with that id.
 */
export async function charterGuideLinks(def: CharterDefinition, base: string): Promise<Record<string, string>> {
  const links: Record<string, string> = {};
  for (const s of def.sections) {
    if (!s.guide) continue;
    const [slug, anchor] = s.guide.split('#') as [string, string | undefined];
    const guide = await getEntry('guides', slug);
    if (!guide) throw new Error(`content/charter.yaml: section “${s.id}” links to guide “${slug}”, which does not exist.`);
    if (anchor) {
      const { headings } = await render(guide);
      if (!headings.some((h) => h.slug === anchor)) {
        throw new Error(`content/charter.yaml: section “${s.id}” links to #${anchor} in “${slug}”, but that guide has no such heading.`);
      }
    }
    links[s.id] = withBase(base, `guides/${slug}/${anchor ? `#${anchor}` : ''}`);
  }
  return links;
}
