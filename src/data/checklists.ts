import { getCollection } from 'astro:content';
import { WHEN } from '../lib/checklists/checklist';
import type { Checklist } from '../lib/checklists/schema';

/** Every checklist, ordered by when it is used, then by title. */
export async function getChecklists(): Promise<Checklist[]> {
  const all = (await getCollection('checklists')).map((c) => c.data);
  if (all.length === 0) throw new Error('content/checklists/ holds no checklists: the reflection tool needs at least one.');
  return all.sort((a, b) => WHEN.indexOf(a.when) - WHEN.indexOf(b.when) || a.title.localeCompare(b.title));
}

/** getStaticPaths for a page per checklist (/tools/reflection/<id>/, /worksheets/<id>/). */
export async function checklistPaths(): Promise<{ params: { id: string }; props: { checklist: Checklist } }[]> {
  return (await getChecklists()).map((checklist) => ({ params: { id: checklist.id }, props: { checklist } }));
}
