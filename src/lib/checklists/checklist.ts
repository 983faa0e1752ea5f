/** Reflection checklists as defined in content/checklists/*.yaml. Pure types and checks. */
import type { Audience } from '../site';

export const WHEN = ['before-session', 'after-session', 'monthly', 'quarterly', 'end'] as const;
export type When = (typeof WHEN)[number];

export const WHEN_LABELS: Record<When, string> = {
  'before-session': 'Before a session',
  'after-session': 'After a session',
  monthly: 'Every month',
  quarterly: 'Every quarter',
  end: 'At the end',
};

export interface ChecklistItem {
  id: string;
  kind: 'tick' | 'prompt';
  text: string;
  /** Writing lines on the printed worksheet, for prompts. */
  lines?: number | undefined;
}

export interface ChecklistSection {
  title: string;
  items: ChecklistItem[];
}

export interface Checklist {
  id: string;
  title: string;
  description: string;
  audience: Audience[];
  when: When;
  repeatEveryWeeks?: number | undefined;
  intro: string;
  /** Guide that goes with it: "slug" or "slug#anchor". */
  guide?: string | undefined;
  sections: ChecklistSection[];
}

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
