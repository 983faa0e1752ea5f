import * as v from 'valibot';
import { instantSchema } from '../dates';
import type { DocType, Envelope } from '../storage/envelope';
import { MAX_RECORD_ENTRIES, boundedRecord } from './record-key';

/** The longest first name. */
export const MAX_NAME_CHARS = 120;

export const ROLES = ['mentor', 'mentee'] as const;
export type Role = (typeof ROLES)[number];
export const STAGES = ['new', 'first-year', 'established'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * One answer: a point on the questionnaire's five-point scale, 1 to 5, or 'na' ("not yet / does not
 * apply"). What the points mean depends on the questionnaire (`instrument`): agree/disagree for the
 * earlier one, never/always for the current one.
 */
export const answerSchema = v.union([v.literal(1), v.literal(2), v.literal(3), v.literal(4), v.literal(5), v.literal('na')]);
export type Answer = v.InferOutput<typeof answerSchema>;

/** Answers by key; at most MAX_RECORD_ENTRIES of them. */
export const answersSchema = boundedRecord(64, answerSchema, `A self-assessment can hold at most ${MAX_RECORD_ENTRIES} answers.`);

export const assessmentDataSchema = v.looseObject({
  role: v.picklist(ROLES),
  stage: v.picklist(STAGES),
  /** The person's own name, shown to the partner in a comparison (optional). */
  name: v.pipe(v.string(), v.maxLength(MAX_NAME_CHARS, `A first name can be at most ${MAX_NAME_CHARS} characters.`)),
  /** The charter (relationship) it is about, if chosen. */
  charterId: v.optional(v.pipe(v.string(), v.maxLength(64))),
  status: v.picklist(['draft', 'complete']),
  /** When it was completed. */
  completedAt: v.optional(instantSchema),
  /**
   * Which questionnaire the answers belong to, so a reworded questionnaire cannot mis-score old answers:
   * "reciprocity" for the earlier one (version 1, answers keyed by item: "mv-1"), "reciprocity-2" for
   * the paired one (answers keyed by behaviour and side: "introductions.self", "introductions.partner").
   * The document's shape is the same for both, so a new questionnaire needs no new document version.
   */
  instrument: v.pipe(v.string(), v.maxLength(120)),
  answers: answersSchema,
  /** A partner's shared results (the share token) to compare with once this one is complete. */
  compareWith: v.optional(v.pipe(v.string(), v.maxLength(20_000))),
});
export type AssessmentData = v.InferOutput<typeof assessmentDataSchema>;
export type AssessmentDoc = Envelope<AssessmentData>;

/** Its name in My data, by role and whether it is finished: dated, so two in one role are told apart. */
const DESCRIBE = {
  mentor: { draft: 'data.describe.assessment.mentorDraft', done: 'data.describe.assessment.mentor' },
  mentee: { draft: 'data.describe.assessment.menteeDraft', done: 'data.describe.assessment.mentee' },
} as const satisfies Record<Role, { draft: string; done: string }>;

export const assessmentDocType: DocType<AssessmentData> = {
  type: 'assessment',
  label: 'Reciprocity self-assessment',
  plural: 'Reciprocity self-assessments',
  version: 1,
  schema: assessmentDataSchema,
  migrations: {},
  // Dated, so that two assessments in the same role are told apart (in My data's list and its buttons).
  describe: (doc, t) => t(DESCRIBE[doc.data.role][doc.data.status === 'draft' ? 'draft' : 'done'], { date: t.date(doc.data.completedAt ?? doc.createdAt) }),
};
