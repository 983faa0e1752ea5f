/** Which stored assessments belong together. Pure. */
import type { AssessmentData } from '../docs/assessment-doc';

interface AssessmentLike {
  updatedAt: string;
  data: Pick<AssessmentData, 'instrument' | 'status' | 'completedAt'>;
}

/**
 * Split assessments by questionnaire: answers only mean something against the questionnaire they
 * were given for, so only `current` ones are scored, trended or compared.
 */
export function byInstrument<E extends AssessmentLike>(docs: readonly E[], instrumentId: string): { current: E[]; other: E[] } {
  return { current: docs.filter((d) => d.data.instrument === instrumentId), other: docs.filter((d) => d.data.instrument !== instrumentId) };
}

/** The day an assessment stands for: when it was completed, else when it was last changed. */
export const assessmentDate = (doc: AssessmentLike): string => doc.data.completedAt ?? doc.updatedAt;
