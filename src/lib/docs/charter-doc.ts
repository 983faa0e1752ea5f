import * as z from 'zod/mini';
import type { DocType, Envelope } from '../storage/envelope';

/** The longest text one charter field may hold. */
export const MAX_FIELD_CHARS = 50_000;

const text = z.string().check(z.maxLength(MAX_FIELD_CHARS));
const shortId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

export const milestoneSchema = z.object({ id: shortId, date: z.string().check(z.maxLength(40)), text });
export const goalSchema = z.object({
  id: shortId,
  text,
  success: text,
  milestones: z.array(milestoneSchema).check(z.maxLength(50)),
});
export type Milestone = z.infer<typeof milestoneSchema>;
export type Goal = z.infer<typeof goalSchema>;

/** A field's value: text (dates, times and numbers are kept as typed) or a list of goals. */
export const fieldValueSchema = z.union([text, z.array(goalSchema).check(z.maxLength(50))]);
export type FieldValue = z.infer<typeof fieldValueSchema>;

/** Values by field key ("rhythm.cadence"). Unknown keys are kept: a coordinator may remove a field. */
export const valuesSchema = z.record(z.string().check(z.maxLength(120)), fieldValueSchema);
export type CharterValues = z.infer<typeof valuesSchema>;

export const revisionSchema = z.object({
  id: shortId,
  savedAt: z.string(),
  note: z.string().check(z.maxLength(500)),
  title: z.string().check(z.maxLength(200)),
  values: valuesSchema,
});
export type Revision = z.infer<typeof revisionSchema>;

export const charterDataSchema = z.object({
  title: z.string().check(z.maxLength(200)),
  values: valuesSchema,
  revisions: z.array(revisionSchema).check(z.maxLength(500)),
});
export type CharterData = z.infer<typeof charterDataSchema>;
export type CharterDoc = Envelope<CharterData>;

export const charterDocType: DocType<CharterData> = {
  type: 'charter',
  label: 'Charter',
  version: 1,
  schema: charterDataSchema,
  migrations: {},
  describe: (doc) => doc.data.title.trim() || 'Untitled charter',
};
