/**
 * Constants and checks for the reflection checklists in content/checklists/*.yaml. Their schema,
 * and the Checklist type, are in ./schema.ts. No zod here: the browser imports this module.
 */
import type { Checklist } from './schema';

export const WHEN = ['before-session', 'after-session', 'monthly', 'quarterly', 'end'] as const;
export type When = (typeof WHEN)[number];

export const WHEN_LABELS: Record<When, string> = {
  'before-session': 'Before a session',
  'after-session': 'After a session',
  monthly: 'Every month',
  quarterly: 'Every quarter',
  end: 'At the end',
};

/** Is the checklist for a mentor or a mentee (so about one pair), rather than for coordinators only? */
export const isForPairs = (c: Pick<Checklist, 'audience'>): boolean => c.audience.some((a) => a !== 'coordinator');

/** Duplicate item ids across a checklist's sections. */
export function checklistProblems(c: Pick<Checklist, 'sections'>): { path: (string | number)[]; message: string }[] {
  const seen = new Set<string>();
  const problems: { path: (string | number)[]; message: string }[] = [];
  c.sections.forEach((s, si) =>
    s.items.forEach((it, ii) => {
      if (seen.has(it.id)) problems.push({ path: ['sections', si, 'items', ii, 'id'], message: `item id “${it.id}” is used twice in this checklist` });
      seen.add(it.id);
    }),
  );
  return problems;
}
