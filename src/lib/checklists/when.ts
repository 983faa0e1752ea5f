/**
 * When a checklist is used, and its words. Apart from ./checklist.ts so that a checklist's page,
 * which never lists checklists by when, does not carry them. No zod here: the browser imports it.
 */

/**
 * When a checklist is used; lists follow this order. `once` is a one-off at a point the programme sets
 * (a mid-point review); `when-needed` is for a moment nobody schedules (raising a concern, a pause), so
 * it is never due and never listed on a relationship's panel.
 */
export const WHEN = ['before-session', 'after-session', 'monthly', 'quarterly', 'once', 'end', 'when-needed'] as const;
export type When = (typeof WHEN)[number];

export const WHEN_LABELS: Record<When, string> = {
  'before-session': 'Before a session',
  'after-session': 'After a session',
  monthly: 'Every month',
  quarterly: 'Every quarter',
  once: 'Once, at a set point',
  end: 'At the end',
  'when-needed': 'When you need it',
};
