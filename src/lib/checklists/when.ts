/**
 * When a checklist is used, and its words. Apart from ./checklist.ts so that a checklist's page,
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

export const WHEN_LABELS: Record<When, string> = {
  'before-session': 'Before a session',
  'after-session': 'After a session',
  monthly: 'Every month',
  quarterly: 'Every quarter',
  'mid-point': 'At the mid-point',
  once: 'Once',
  rounds: 'At set points',
  end: 'At the end',
  'when-needed': 'When you need it',
};

/** `repeatEveryWeeks: cadence`: the checklist repeats as often as pairs meet (content/program.yaml `cadence`). */
export const FOLLOWS_CADENCE = 'cadence';
