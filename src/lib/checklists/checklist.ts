/**
 * Constants and checks for the reflection checklists in content/checklists/*.yaml. Their schema,
 * and the Checklist type, are in ./schema.ts. No zod here: the browser imports this module.
 */
import type { Translate } from '../i18n/messages';
import type { Checklist } from './schema';

/**
 * `repeatEveryWeeks: cadence`: the checklist repeats as often as pairs meet (content/program.yaml `cadence`).
 * Here rather than in ./when.ts, so that a checklist's page, which imports this module, does not carry the words for when.
 */
export const FOLLOWS_CADENCE = 'cadence';

/** Is the checklist for a mentor or a mentee (so about one pair), rather than for coordinators only? */
export const isForPairs = (c: Pick<Checklist, 'audience'>): boolean => c.audience.some((a) => a !== 'coordinator');


/** The words for how often a checklist falls due, by key: "every two weeks", "every month" (lower case, to follow other words). */
export type RepeatKey = (typeof EVERY_WEEKS)[number] | 'reflection.every.month' | 'reflection.every.weeks';

/** How often a checklist falls due, resolved: the weeks the due date counts, and the words people read. */
export interface Repeat {
  weeks: number;
  /** The words, by key (translated where they are shown, with `repeatLabel`); `count` for a number of weeks without a word of its own. */
  label: { key: RepeatKey; count?: number };
  /** Set when the checklist follows the meeting cadence (`repeatEveryWeeks: cadence`): a pair's own rhythm then overrides the programme's. */
  cadence?: true;
}

/** "every week" to "every twelve weeks", by number of weeks (index 0 unused). */
const EVERY_WEEKS = [
  'reflection.every.week',
  'reflection.every.week',
  'reflection.every.two',
  'reflection.every.three',
  'reflection.every.four',
  'reflection.every.five',
  'reflection.every.six',
  'reflection.every.seven',
  'reflection.every.eight',
  'reflection.every.nine',
  'reflection.every.ten',
  'reflection.every.eleven',
  'reflection.every.twelve',
] as const;

/** "every week", "every two weeks", "every 16 weeks", by key. */
export const everyWeeks = (weeks: number): Repeat['label'] => {
  const key = EVERY_WEEKS[weeks];
  return key ? { key } : { key: 'reflection.every.weeks', count: weeks };
};

/** A repeat in words, in the page's language: "every two weeks". */
export const repeatLabel = (t: Translate, repeat: Pick<Repeat, 'label'>): string => (repeat.label.count === undefined ? t(repeat.label.key) : t(repeat.label.key, { count: repeat.label.count }));

/** The programme's meeting cadence as a repeat: monthly counts as four weeks for the due date. */
export function cadenceRepeat(cadence: string, cadenceWeeks?: number): Repeat {
  switch (cadence) {
    case 'weekly':
      return { weeks: 1, label: { key: 'reflection.every.week' } };
    case 'fortnightly':
      return { weeks: 2, label: { key: 'reflection.every.two' } };
    case 'monthly':
      return { weeks: 4, label: { key: 'reflection.every.month' } };
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
