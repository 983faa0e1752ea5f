/** Which stored assessments belong together. Pure. */
import type { AssessmentData } from '../docs/assessment-doc';
import { EARLIER_ID } from './earlier-id';

interface AssessmentLike {
  updatedAt: string;
  data: Pick<AssessmentData, 'instrument' | 'status' | 'completedAt'>;
}

/**
 * Split assessments by questionnaire: answers only mean something against the questionnaire they
 * were given for, so only `current` ones are scored, trended or compared. `earlier` ones were
 * answered with the earlier questionnaire (version 1): they open, print and export on their own.
 * `other` ones name a questionnaire this version does not know (a later one, after a rollback).
 */
export function byInstrument<E extends AssessmentLike>(docs: readonly E[], instrumentId: string): { current: E[]; earlier: E[]; other: E[] } {
  return {
    current: docs.filter((d) => d.data.instrument === instrumentId),
    earlier: docs.filter((d) => d.data.instrument !== instrumentId && d.data.instrument === EARLIER_ID),
    other: docs.filter((d) => d.data.instrument !== instrumentId && d.data.instrument !== EARLIER_ID),
  };
}

/** The day an assessment stands for: when it was completed, else when it was last changed. */
export const assessmentDate = (doc: AssessmentLike): string => doc.data.completedAt ?? doc.updatedAt;
