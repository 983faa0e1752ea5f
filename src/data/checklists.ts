import { getCollection } from 'astro:content';
import { scheduled, type ScheduledChecklist } from '../lib/checklists/checklist';
import { WHEN } from '../lib/checklists/when';
import { getProgram } from './content';
import { checklistSchema } from '../lib/checklists/schema';
import { translated } from './translations';

/** Every checklist, ordered by when it is used, then by title, with its repeat resolved against the programme's cadence. */
export async function getChecklists(lang?: string): Promise<ScheduledChecklist[]> {
  // A checklist translated into `lang` (content/<language>/checklists/, same id and items) replaces the original.
  const all = await Promise.all((await getCollection('checklists')).map(async (c) => (await translated(lang, `checklists/${c.data.id}`, checklistSchema)) ?? c.data));
  if (all.length === 0) throw new Error('content/checklists/ holds no checklists: the reflection tool needs at least one.');
  const program = await getProgram();
  return all.sort((a, b) => WHEN.indexOf(a.when) - WHEN.indexOf(b.when) || a.title.localeCompare(b.title, lang)).map((c) => scheduled(c, program));
}

/** getStaticPaths for a page per checklist (/tools/reflection/<id>/, /worksheets/<id>/). */
export async function checklistPaths(lang?: string): Promise<{ params: { id: string }; props: { checklist: ScheduledChecklist } }[]> {
  return (await getChecklists(lang)).map((checklist) => ({ params: { id: checklist.id }, props: { checklist } }));
}

/**
 * Whether a checklist is shown in the original on a page in `lang`: the page is in another language than
 * the handbook's first, and content/<language>/checklists/ has no translation of it.
 */
export async function isUntranslated(id: string, lang: string, main: string): Promise<boolean> {
  return lang !== main && (await translated(lang, `checklists/${id}`, checklistSchema)) === undefined;
}
