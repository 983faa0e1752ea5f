import * as v from 'valibot';
import { calendarDateSchema } from '../dates';
import type { DocType, Envelope } from '../storage/envelope';
import { boundedRecord } from './record-key';

/** The longest note in a reflection entry. */
export const MAX_NOTE_CHARS = 50_000;

/**
 * A reflection entry as stored. Its messages are keys of the interface strings, said in the page's
 * language where a change or an import is refused; their texts name MAX_NOTE_CHARS and MAX_RECORD_ENTRIES.
 */
export const reflectionDataSchema = v.looseObject({
  /** The checklist in content/checklists/ it answers. */
  checklistId: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/)),
  /** The checklist's title when the entry was made, for lists and exports. */
  checklistTitle: v.pipe(v.string(), v.maxLength(200)),
  /** The day the entry is for, in the person's calendar: YYYY-MM-DD. */
  date: calendarDateSchema,
  /** Ticked items, by item id. */
  ticks: boundedRecord(64, v.boolean(), 'reflection.doc.tooManyTicks'),
  /** Written notes, by item id. */
  notes: boundedRecord(64, v.pipe(v.string(), v.maxLength(MAX_NOTE_CHARS, 'reflection.doc.noteTooLong')), 'reflection.doc.tooManyNotes'),
  /** The charter (relationship) it is about, if chosen. */
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
  describe: (doc, t) => t('reflection.doc.describe', { title: doc.data.checklistTitle || doc.data.checklistId, date: t.date(doc.data.date) }),
};
