import { getCollection, getEntry, render } from 'astro:content';
import { withBase } from '../lib/site';

/**
 * Resolve a content link at build time: a guide ("slug" or "slug#anchor") or a checklist id.
 * Throws, naming `from`, when the guide, heading or checklist does not exist.
 */
export async function guideHref(ref: string, base: string, from: string): Promise<{ href: string; title: string }> {
  const [slug, anchor] = ref.split('#') as [string, string | undefined];
  const guide = await getEntry('guides', slug);
  if (!guide) throw new Error(`${from} links to guide “${slug}”, which does not exist.`);
  if (anchor) {
    const { headings } = await render(guide);
    if (!headings.some((h) => h.slug === anchor)) throw new Error(`${from} links to #${anchor} in “${slug}”, but that guide has no such heading.`);
  }
  return { href: withBase(base, `guides/${slug}/${anchor ? `#${anchor}` : ''}`), title: guide.data.title };
}

export async function checklistHref(id: string, base: string, from: string): Promise<{ href: string; title: string }> {
  const all = await getCollection('checklists');
  const c = all.find((x) => x.id === id);
  if (!c) throw new Error(`${from} links to checklist “${id}”, which does not exist in content/checklists/.`);
  return { href: withBase(base, `tools/reflection/${id}/`), title: c.data.title };
}
