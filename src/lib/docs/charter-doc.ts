import * as v from 'valibot';
import type { DocType, Envelope } from '../storage/envelope';

/** The longest text one charter field may hold. */
export const MAX_FIELD_CHARS = 50_000;

const text = v.pipe(v.string(), v.maxLength(MAX_FIELD_CHARS));
const shortId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));

export const milestoneSchema = v.object({ id: shortId, date: v.pipe(v.string(), v.maxLength(40)), text });
export const goalSchema = v.object({
  id: shortId,
  text,
  success: text,
  milestones: v.pipe(v.array(milestoneSchema), v.maxLength(50)),
});
export type Milestone = v.InferOutput<typeof milestoneSchema>;
export type Goal = v.InferOutput<typeof goalSchema>;

/** A field's value: text (dates, times and numbers are kept as typed) or a list of goals. */
export const fieldValueSchema = v.union([text, v.pipe(v.array(goalSchema), v.maxLength(50))]);
export type FieldValue = v.InferOutput<typeof fieldValueSchema>;

/** Values by field key ("rhythm.cadence"). Unknown keys are kept: a coordinator may remove a field. */
export const valuesSchema = v.record(v.pipe(v.string(), v.maxLength(120)), fieldValueSchema);
export type CharterValues = v.InferOutput<typeof valuesSchema>;

export const revisionSchema = v.object({
  id: shortId,
  savedAt: v.string(),
  note: v.pipe(v.string(), v.maxLength(500)),
  title: v.pipe(v.string(), v.maxLength(200)),
  values: valuesSchema,
});
export type Revision = v.InferOutput<typeof revisionSchema>;

export const charterDataSchema = v.object({
  title: v.pipe(v.string(), v.maxLength(200)),
  values: valuesSchema,
  revisions: v.pipe(v.array(revisionSchema), v.maxLength(500)),
});
export type CharterData = v.InferOutput<typeof charterDataSchema>;
export type CharterDoc = Envelope<CharterData>;

export const charterDocType: DocType<CharterData> = {
  type: 'charter',
  label: 'Charter',
  plural: 'Charters',
  version: 1,
  schema: charterDataSchema,
  migrations: {},
  describe: (doc) => doc.data.title.trim() || 'Untitled charter',
};
