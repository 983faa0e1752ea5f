import * as z from 'zod/mini';
import type { DocType, Envelope } from '../storage/envelope';

const itemId = z.string().check(z.maxLength(64));

export const reflectionDataSchema = z.object({
  checklistId: z.string().check(z.regex(/^[a-z0-9-]{1,64}$/)),
  /** The checklist's title when the entry was made, for lists and exports. */
  checklistTitle: z.string().check(z.maxLength(200)),
  /** The day the entry is for, in the person's calendar: YYYY-MM-DD. */
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  ticks: z.record(itemId, z.boolean()),
  notes: z.record(itemId, z.string().check(z.maxLength(50_000))),
  charterId: z.optional(z.string().check(z.maxLength(64))),
});
export type ReflectionData = z.infer<typeof reflectionDataSchema>;
export type ReflectionDoc = Envelope<ReflectionData>;

export const reflectionDocType: DocType<ReflectionData> = {
  type: 'reflection',
  label: 'Reflection entry',
  version: 1,
  schema: reflectionDataSchema,
  migrations: {},
  describe: (doc) => `${doc.data.checklistTitle || doc.data.checklistId}, ${doc.data.date}`,
};
