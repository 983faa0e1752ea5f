import * as v from 'valibot';
import type { DocType, Envelope } from '../storage/envelope';

const itemId = v.pipe(v.string(), v.maxLength(64));

export const reflectionDataSchema = v.object({
  checklistId: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/)),
  /** The checklist's title when the entry was made, for lists and exports. */
  checklistTitle: v.pipe(v.string(), v.maxLength(200)),
  /** The day the entry is for, in the person's calendar: YYYY-MM-DD. */
  date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  ticks: v.record(itemId, v.boolean()),
  notes: v.record(itemId, v.pipe(v.string(), v.maxLength(50_000))),
  charterId: v.optional(v.pipe(v.string(), v.maxLength(64))),
});
export type ReflectionData = v.InferOutput<typeof reflectionDataSchema>;
export type ReflectionDoc = Envelope<ReflectionData>;

export const reflectionDocType: DocType<ReflectionData> = {
  type: 'reflection',
  label: 'Reflection entry',
  plural: 'Reflection entries',
  version: 1,
  schema: reflectionDataSchema,
  migrations: {},
  describe: (doc) => `${doc.data.checklistTitle || doc.data.checklistId}, ${doc.data.date}`,
};
