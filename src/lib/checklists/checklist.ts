/**
 * Constants and checks for the reflection checklists in content/checklists/*.yaml. Their schema,
 * and the Checklist type, are in ./schema.ts. No zod here: the browser imports this module.
 */
import type { Checklist } from './schema';
import { FOLLOWS_CADENCE } from './when';

export { FOLLOWS_CADENCE } from './when';

/** Is the checklist for a mentor or a mentee (so about one pair), rather than for coordinators only? */
export const isForPairs = (c: Pick<Checklist, 'audience'>): boolean => c.audience.some((a) => a !== 'coordinator');


/** How often a checklist falls due, resolved: the weeks the due date counts, and the words people read. */
export interface Repeat {
  weeks: number;
  /** "every two weeks", "every month": lower case, to follow other words. */
  label: string;
  /** Set when the checklist follows the meeting cadence (`repeatEveryWeeks: cadence`): a pair's own rhythm then overrides the programme's. */
  cadence?: true;
}

const NUMBER_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "every week", "every two weeks", "every 16 weeks". */
export const everyWeeks = (weeks: number): string => (weeks === 1 ? 'every week' : `every ${NUMBER_WORDS[weeks] ?? weeks} weeks`);

/** The programme's meeting cadence as a repeat: monthly counts as four weeks for the due date. */
export function cadenceRepeat(cadence: string, cadenceWeeks?: number): Repeat {
  switch (cadence) {
    case 'weekly':
      return { weeks: 1, label: 'every week' };
    case 'fortnightly':
      return { weeks: 2, label: 'every two weeks' };
    case 'monthly':
      return { weeks: 4, label: 'every month' };
    default: {
      const weeks = cadenceWeeks && cadenceWeeks >= 1 ? cadenceWeeks : 2;
      return { weeks, label: everyWeeks(weeks) };
    }
  }
}

/** A checklist's repeat, if it has one: a number of weeks, or the programme's cadence. */
export function repeatOf(repeatEveryWeeks: number | typeof FOLLOWS_CADENCE | undefined, program: { cadence: string; cadenceWeeks?: number | undefined }): Repeat | undefined {
  if (repeatEveryWeeks === undefined) return undefined;
  if (repeatEveryWeeks === FOLLOWS_CADENCE) return { ...cadenceRepeat(program.cadence, program.cadenceWeeks), cadence: true };
  return { weeks: repeatEveryWeeks, label: everyWeeks(repeatEveryWeeks) };
}

/** A checklist as the pages and the tool use it: its repeat resolved against the programme's settings. */
export type ScheduledChecklist = Omit<Checklist, 'repeatEveryWeeks'> & { repeat?: Repeat | undefined };

export function scheduled(c: Checklist, program: { cadence: string; cadenceWeeks?: number | undefined }): ScheduledChecklist {
  const { repeatEveryWeeks, ...rest } = c;
  const repeat = repeatOf(repeatEveryWeeks, program);
  return repeat ? { ...rest, repeat } : rest;
}
