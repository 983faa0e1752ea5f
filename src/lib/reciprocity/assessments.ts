/** Which stored assessments belong together. Pure. */
import type { AssessmentData, Role } from '../docs/assessment-doc';
import { EARLIER_IDS } from './earlier-id';

interface AssessmentLike {
  updatedAt: string;
  data: Pick<AssessmentData, 'instrument' | 'status' | 'completedAt'>;
}

/**
 * Split assessments by questionnaire: answers only mean something against the questionnaire they
 * were given for, so only `current` ones are scored, trended or compared. `earlier` ones were
 * answered with a questionnaire this handbook shipped before (versions 1 and 2): they open, print
 * and export on their own. `other` ones name a questionnaire this version does not know (a later
 * one, after a rollback, or a programme's own).
 */
export function byInstrument<E extends AssessmentLike>(docs: readonly E[], instrumentId: string): { current: E[]; earlier: E[]; other: E[] } {
  const isEarlier = (d: E) => d.data.instrument !== instrumentId && EARLIER_IDS.includes(d.data.instrument);
  return {
    current: docs.filter((d) => d.data.instrument === instrumentId),
    earlier: docs.filter(isEarlier),
    other: docs.filter((d) => d.data.instrument !== instrumentId && !isEarlier(d)),
  };
}

/** The day an assessment stands for: when it was completed, else when it was last changed. */
export const assessmentDate = (doc: AssessmentLike): string => doc.data.completedAt ?? doc.updatedAt;

interface Groupable extends AssessmentLike {
  data: AssessmentLike['data'] & Pick<AssessmentData, 'role' | 'charterId'>;
}

/** Assessments of one relationship, as one role, oldest first: what a trend may be drawn over. */
export interface TrendGroup<E> {
  charterId: string;
  role: Role;
  docs: E[];
}

/**
 * Completed assessments with the current questionnaire, grouped by relationship (the charter each
 * is linked to, even one since deleted: the same charter is the same relationship) and role,
 * oldest first. A trend is only ever drawn within one group: two assessments not linked to the same
 * charter may be about different people, so assessments linked to no charter are never trended, on
 * the self-assessment page or on My mentoring. `unlinked` counts them, so the page can say how to
 * follow them.
 */
export function trendGroups<E extends Groupable>(docs: readonly E[], instrumentId: string): { groups: TrendGroup<E>[]; unlinked: number } {
  const done = byInstrument(docs, instrumentId).current.filter((d) => d.data.status === 'complete');
  const groups = new Map<string, TrendGroup<E>>();
  let unlinked = 0;
  for (const d of [...done].sort((a, b) => assessmentDate(a).localeCompare(assessmentDate(b)))) {
    const id = d.data.charterId;
    if (!id) {
      unlinked++;
      continue;
    }
    const key = `${id}\u0000${d.data.role}`;
    const g = groups.get(key) ?? { charterId: id, role: d.data.role, docs: [] };
    g.docs.push(d);
    groups.set(key, g);
  }
  return { groups: [...groups.values()], unlinked };
}
