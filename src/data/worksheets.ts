import type { ScheduledChecklist } from '../lib/checklists/checklist';
import { getChecklists } from './checklists';
import { getProgram } from './content';
import type { Translate } from '../lib/i18n/messages';

/** One sheet of the kick-off pack. */
export type PackSheet =
  | { kind: 'charter'; title: string }
  | { kind: 'session'; title: string }
  | { kind: 'reciprocity'; role: 'mentee' | 'mentor'; title: string }
  | { kind: 'checklist'; checklist: ScheduledChecklist; title: string };

/**
 * The worksheets of the kick-off pack (/worksheets/pack/), titled in the language of `t`, in the order content/program.yaml's
 * `pack` lists them; without `pack`, the blank charter, every checklist, then both questionnaires.
 * (The build has already checked that every id names a worksheet.)
 */
export async function packSheets(t: Translate, lang?: string): Promise<PackSheet[]> {
  const program = await getProgram();
  const checklists = await getChecklists(lang);
  const ids = program.pack ?? ['charter', ...checklists.map((c) => c.id), 'reciprocity-mentee', 'reciprocity-mentor'];
  return ids.map((id): PackSheet => {
    if (id === 'charter') return { kind: 'charter', title: t('site.worksheets.blankCharter') };
    if (id === 'session') return { kind: 'session', title: t('site.worksheets.sessionRecord') };
    if (id === 'reciprocity-mentee' || id === 'reciprocity-mentor') {
      const role = id === 'reciprocity-mentee' ? 'mentee' : 'mentor';
      return { kind: 'reciprocity', role, title: t(role === 'mentee' ? 'site.pack.sheets.menteeQuestionnaire' : 'site.pack.sheets.mentorQuestionnaire') };
    }
    const checklist = checklists.find((c) => c.id === id);
    if (!checklist) throw new Error(`content/program.yaml: pack lists “${id}”, which is not a worksheet.`);
    return { kind: 'checklist', checklist, title: checklist.title };
  });
}
