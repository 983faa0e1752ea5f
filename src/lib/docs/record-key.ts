import * as v from 'valibot';

/**
 * Is this the name of a property every JavaScript object has ("toString", "constructor",
 * "__proto__", …)? Such a name as a key in stored data would be confused with that property by
 * any lookup that forgets to check it is the object's own.
 */
export const isReservedKey = (key: string): boolean => key in Object.prototype || key === 'prototype';

/** The key of the sentence a person sees for such a name (a schema's message is a key of the interface's strings, said where it is shown). */
export const RESERVED_KEY_MESSAGE = 'common.docs.reservedKey';

/** The schema for a key of a record read from storage, a file or a link: at most `max` characters, never a reserved name. */
export const recordKeySchema = (max: number) => v.pipe(v.string(), v.maxLength(max), v.check((key: string) => !isReservedKey(key), RESERVED_KEY_MESSAGE));

/**
 * The most entries one record of a document may hold (a charter's values, a self-assessment's
 * answers, a reflection entry's ticks or notes). The handbook's own content asks for far fewer: its
 * charter has about 45 fields, its questionnaire about 50 answers and a checklist about 15 items.
 * Ten times the charter's fields leaves room for sections a coordinator adds and for answers kept
 * from fields that were renamed or removed, while a link or file with tens of thousands of entries
 * (which would take minutes to show) is refused.
 */
export const MAX_RECORD_ENTRIES = 500;

/** Does a record hold at most MAX_RECORD_ENTRIES entries? (Anything else is left to the record schema to refuse.) */
const fewEntries = (value: unknown): boolean =>
  !value || typeof value !== 'object' || Array.isArray(value) || Object.keys(value).length <= MAX_RECORD_ENTRIES;

/** Is this validation issue the entry limit of a record? */
export const isTooManyEntries = (issue: v.BaseIssue<unknown>): boolean => issue.type === 'check' && issue.requirement === fewEntries;

/**
 * A record of at most MAX_RECORD_ENTRIES entries, keys of at most `keyMax` characters (never a
 * reserved name). The entries are counted before any is read, so a huge record is refused at once.
 * `message` is the sentence a person sees ("A charter can hold at most 500 answers.").
 */
export const boundedRecord = <TValue extends v.GenericSchema>(keyMax: number, value: TValue, message: string) =>
  v.pipe(v.unknown(), v.check(fewEntries, message), v.record(recordKeySchema(keyMax), value));
