/**
 * When a checklist is used, and the keys of its words. Apart from ./checklist.ts so that a checklist's page,
 * which never lists checklists by when, does not carry them. No zod here: the browser imports it.
 */

/**
 * When a checklist is used; lists follow this order. `mid-point` falls due on the charter's mid-point
 * review date (else halfway between its start and end dates); `once` is a one-off (a first meeting, a
 * cohort's start); `rounds` is used at points the programme sets (check-ins at one, three and six
 * months); `when-needed` is for a moment nobody schedules (raising a concern, a pause). Only the
 * session lists, `monthly`, `quarterly`, `mid-point` and `end` fall due.
 */
export const WHEN = ['before-session', 'after-session', 'monthly', 'quarterly', 'mid-point', 'once', 'rounds', 'end', 'when-needed'] as const;
export type When = (typeof WHEN)[number];

/** The words for each when, by key ("Before a session"), as headings and labels. */
export const WHEN_LABELS = {
  'before-session': 'reflection.when.beforeSession',
  'after-session': 'reflection.when.afterSession',
  monthly: 'reflection.when.monthly',
  quarterly: 'reflection.when.quarterly',
  'mid-point': 'reflection.when.midPoint',
  once: 'reflection.when.once',
  rounds: 'reflection.when.rounds',
  end: 'reflection.when.end',
  'when-needed': 'reflection.when.whenNeeded',
} as const satisfies Record<When, string>;

export { FOLLOWS_CADENCE } from './checklist';
