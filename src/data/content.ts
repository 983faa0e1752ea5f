import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Audience } from '../lib/site';

export type Guide = CollectionEntry<'guides'>;
/** The programme settings as pages use them (the logo as an image Astro copied into the site). */
export type Program = CollectionEntry<'program'>['data'];

export async function getProgram(): Promise<Program> {
  const entry = await getEntry('program', 'program');
  if (!entry) throw new Error('content/program.yaml is missing: the site needs its programme settings.');
  return entry.data;
}

/** Whether a guide is on the site: a draft (`draft: true`) is shown by `npm run dev` only. */
export const isPublished = (guide: Guide): boolean => !guide.data.draft || import.meta.env.DEV;

/** One guide, while the handbook publishes it. */
export async function getGuide(id: string): Promise<Guide | undefined> {
  const guide = await getEntry('guides', id);
  return guide && isPublished(guide) ? guide : undefined;
}

/** Every published guide, ordered by `order` then title. */
export async function getGuides(): Promise<Guide[]> {
  const guides = await getCollection('guides', isPublished);
  return guides.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

export function guidesFor(guides: Guide[], audience: Audience): Guide[] {
  return guides.filter((g) => g.data.audience.includes(audience));
}

/** Topics in the order their first guide appears, each with its guides. */
export function groupByTopic(guides: Guide[]): { topic: string; guides: Guide[] }[] {
  const groups = new Map<string, Guide[]>();
  for (const g of guides) {
    const list = groups.get(g.data.topic) ?? [];
    list.push(g);
    groups.set(g.data.topic, list);
  }
  return [...groups].map(([topic, list]) => ({ topic, guides: list }));
}
