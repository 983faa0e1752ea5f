import * as v from 'valibot';
import { calendarDateSchema } from '../dates';
import type { DocType, Envelope } from '../storage/envelope';
import { formatDate } from '../format';
import { MAX_RECORD_ENTRIES, boundedRecord } from './record-key';

/** The longest note in a reflection entry. */
export const MAX_NOTE_CHARS = 50_000;


export const reflectionDataSchema = v.looseObject({
  /** The checklist in content/checklists/ it answers. */
  checklistId: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/)),
  /** The checklist's title when the entry was made, for lists and exports. */
  checklistTitle: v.pipe(v.string(), v.maxLength(200)),
  /** The day the entry is for, in the person's calendar: YYYY-MM-DD. */
  date: calendarDateSchema,
  /** Ticked items, by item id. */
  ticks: boundedRecord(64, v.boolean(), `A reflection entry can hold at most ${MAX_RECORD_ENTRIES} ticks.`),
  /** Written notes, by item id. */
  notes: boundedRecord(64, v.pipe(v.string(), v.maxLength(MAX_NOTE_CHARS, `A note can hold at most ${MAX_NOTE_CHARS.toLocaleString('en-GB')} characters.`)), `A reflection entry can hold at most ${MAX_RECORD_ENTRIES} notes.`),
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
  describe: (doc) => `${doc.data.checklistTitle || doc.data.checklistId}, ${formatDate(doc.data.date)}`,
};
