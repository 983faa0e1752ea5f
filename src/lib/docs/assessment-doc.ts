import * as z from 'zod/mini';
import type { DocType, Envelope } from '../storage/envelope';

export const ROLES = ['mentor', 'mentee'] as const;
export type Role = (typeof ROLES)[number];
export const STAGES = ['new', 'first-year', 'established'] as const;
export type Stage = (typeof STAGES)[number];

/** One answer: 1 (strongly disagree) to 5 (strongly agree), or 'na' (not applicable yet). */
export const answerSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal('na')]);
export type Answer = z.infer<typeof answerSchema>;

export const assessmentDataSchema = z.object({
  role: z.enum(ROLES),
  stage: z.enum(STAGES),
  /** The person's own name, shown to the partner in a comparison (optional). */
  name: z.string().check(z.maxLength(120)),
  /** The charter (relationship) it is about, if chosen. */
  charterId: z.optional(z.string().check(z.maxLength(64))),
  status: z.enum(['draft', 'complete']),
  completedAt: z.optional(z.string()),
  /** Which instrument the answers belong to, so a reworded instrument cannot mis-score old answers. */
  instrument: z.string().check(z.maxLength(120)),
  answers: z.record(z.string().check(z.maxLength(64)), answerSchema),
});
export type AssessmentData = z.infer<typeof assessmentDataSchema>;
export type AssessmentDoc = Envelope<AssessmentData>;

const ROLE_LABEL: Record<Role, string> = { mentor: 'as mentor', mentee: 'as mentee' };

export const assessmentDocType: DocType<AssessmentData> = {
  type: 'assessment',
  label: 'Reciprocity self-assessment',
  version: 1,
  schema: assessmentDataSchema,
  migrations: {},
  describe: (doc) => `Self-assessment ${ROLE_LABEL[doc.data.role]}${doc.data.status === 'draft' ? ' (in progress)' : ''}`,
};
