import { getCollection } from 'astro:content';
import { scheduled, type ScheduledChecklist } from '../lib/checklists/checklist';
import { WHEN } from '../lib/checklists/when';
import { getProgram } from './content';

/** Every checklist, ordered by when it is used, then by title, with its repeat resolved against the programme's cadence. */
export async function getChecklists(): Promise<ScheduledChecklist[]> {
  const all = (await getCollection('checklists')).map((c) => c.data);
  if (all.length === 0) throw new Error('content/checklists/ holds no checklists: the reflection tool needs at least one.');
  const program = await getProgram();
  return all.sort((a, b) => WHEN.indexOf(a.when) - WHEN.indexOf(b.when) || a.title.localeCompare(b.title)).map((c) => scheduled(c, program));
}

/** getStaticPaths for a page per checklist (/tools/reflection/<id>/, /worksheets/<id>/). */
export async function checklistPaths(): Promise<{ params: { id: string }; props: { checklist: ScheduledChecklist } }[]> {
  return (await getChecklists()).map((checklist) => ({ params: { id: checklist.id }, props: { checklist } }));
}
