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

/** Every guide, ordered by `order` then title. */
export async function getGuides(): Promise<Guide[]> {
  const guides = await getCollection('guides');
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
