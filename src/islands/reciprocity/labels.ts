import type { Answer, Role, Stage } from '../../lib/docs/assessment-doc';
import type { Instrument } from '../../lib/reciprocity/schema';

export const STAGE_LABEL = (inst: Instrument, stage: Stage): string => inst.stages.find((s) => s.id === stage)?.label ?? stage;
export const otherRole = (r: Role): Role => (r === 'mentor' ? 'mentee' : 'mentor');

/** The key of "as the mentor", as a sentence says in which role someone answered. */
export const AS_ROLE = { mentor: 'reciprocity.role.as.mentor', mentee: 'reciprocity.role.as.mentee' } as const satisfies Record<Role, string>;
/** The key of "your mentor": the partner in that role, as a sentence names them. */
export const YOUR_ROLE = { mentor: 'reciprocity.role.your.mentor', mentee: 'reciprocity.role.your.mentee' } as const satisfies Record<Role, string>;

/** The first letter in capitals, for a sentence that starts with a name or "your mentor". */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A dimension's short name, capitalised, to label a chart row. */
export function chartLabel(inst: Instrument, id: string): string {
  const short = inst.dimensions.find((d) => d.id === id)?.short ?? id;
  return short.charAt(0).toUpperCase() + short.slice(1);
}

/** An answer's label for a table cell ("Often", "Not yet / does not apply"), or a dash when unanswered. */
export const answerCell = (inst: Instrument, a: Answer | undefined): string => (a === undefined ? '–' : a === 'na' ? inst.notApplicable : inst.scale[a - 1]!);
