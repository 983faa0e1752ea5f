import * as v from 'valibot';
import { instantSchema } from '../dates';
import type { DocType, Envelope } from '../storage/envelope';
import { MAX_RECORD_ENTRIES, boundedRecord } from './record-key';

/** The longest text one charter field may hold. */
export const MAX_FIELD_CHARS = 50_000;
/** The longest charter name. */
export const MAX_TITLE_CHARS = 200;
/** The longest note on a revision. */
export const MAX_NOTE_CHARS = 500;
/** How many revisions a charter keeps: past this, the oldest goes. */
export const MAX_REVISIONS = 500;
/** Goals in one goals field, and milestones in one goal. */
export const MAX_GOALS = 50;
export const MAX_MILESTONES = 50;

const text = v.pipe(v.string(), v.maxLength(MAX_FIELD_CHARS, `A charter field can hold at most ${MAX_FIELD_CHARS.toLocaleString('en-GB')} characters.`));
const shortId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));

export const milestoneSchema = v.looseObject({
  id: shortId,
  /** As typed: a date field gives YYYY-MM-DD, or nothing. */
  date: v.pipe(v.string(), v.maxLength(40)),
  text,
});
export const goalSchema = v.looseObject({
  id: shortId,
  text,
  /** What success looks like. */
  success: text,
  milestones: v.pipe(v.array(milestoneSchema), v.maxLength(MAX_MILESTONES, `A goal can have at most ${MAX_MILESTONES} milestones.`)),
});
export type Milestone = v.InferOutput<typeof milestoneSchema>;
export type Goal = v.InferOutput<typeof goalSchema>;

/** A field's value: text (dates, times and numbers are kept as typed) or a list of goals. */
export const fieldValueSchema = v.union([text, v.pipe(v.array(goalSchema), v.maxLength(MAX_GOALS, `A goals field can hold at most ${MAX_GOALS} goals.`))]);
export type FieldValue = v.InferOutput<typeof fieldValueSchema>;

/**
 * Values by field key ("rhythm.cadence"). Unknown keys are kept: a coordinator may remove a field.
 * A reserved name ("toString") is refused, and so are more than MAX_RECORD_ENTRIES values.
 */
export const valuesSchema = boundedRecord(120, fieldValueSchema, `A charter can hold at most ${MAX_RECORD_ENTRIES} answers.`);
export type CharterValues = v.InferOutput<typeof valuesSchema>;

const titleSchema = v.pipe(v.string(), v.maxLength(MAX_TITLE_CHARS, `A charter’s name can be at most ${MAX_TITLE_CHARS} characters.`));

export const revisionSchema = v.looseObject({
  id: shortId,
  /** When the revision was saved. */
  savedAt: instantSchema,
  note: v.pipe(v.string(), v.maxLength(MAX_NOTE_CHARS, `A revision’s note can be at most ${MAX_NOTE_CHARS} characters.`)),
  /** The charter's name at the time. */
  title: titleSchema,
  values: valuesSchema,
});
export type Revision = v.InferOutput<typeof revisionSchema>;

/** What a link hands over: a first draft, a reply to the partner's version, or the version both agreed. */
export const HANDOVER_STAGES = ['draft', 'reply', 'agreed'] as const;
export const stageSchema = v.picklist(HANDOVER_STAGES);
export type HandoverStage = v.InferOutput<typeof stageSchema>;

/** A charter's text as a short fingerprint (see lib/charter/handover.ts): equal for two copies that say the same. */
const fingerprintSchema = v.pipe(v.string(), v.maxLength(40));
const nameSchema = v.pipe(v.string(), v.maxLength(200));

/** The partner's version as last received: what both have seen, and so the base of the next merge. */
export const partnerVersionSchema = v.looseObject({
  /** Who sent it. */
  name: nameSchema,
  receivedAt: instantSchema,
  title: titleSchema,
  values: valuesSchema,
  /** What their link said it was (absent for links from before stages). */
  stage: v.optional(stageSchema),
});

/** The last link this person sent (copied, shared or downloaded): when, what it said it was, and which text it held. */
export const sentSchema = v.looseObject({
  at: instantSchema,
  stage: stageSchema,
  fingerprint: fingerprintSchema,
});

/** The two agreed this text: when, their names as written then, and which text it was. */
export const agreementSchema = v.looseObject({
  at: instantSchema,
  mentor: nameSchema,
  mentee: nameSchema,
  fingerprint: fingerprintSchema,
});
export type Agreement = v.InferOutput<typeof agreementSchema>;

/**
 * What one person's calendar file uses that is not part of the agreement: the first meeting's time
 * and the time zone it is written in. Each partner may keep their own; it is not shared or merged.
 */
export const calendarSettingsSchema = v.looseObject({
  /** As typed: 24-hour HH:MM, or nothing. */
  time: v.pipe(v.string(), v.maxLength(40)),
  /** An IANA time zone name ("Europe/London"), or nothing. */
  timeZone: v.pipe(v.string(), v.maxLength(100)),
});
export type CalendarSettings = v.InferOutput<typeof calendarSettingsSchema>;

/**
 * A charter's data. Format 1 is still the current format: the charter's second definition
 * (content/charter.yaml) added sections and fields, which are new keys in `values` and simply
 * absent from older charters, and moved the first meeting's time and zone out of the agreement
 * into `calendar`, which older charters do not have (they are read from the keys the first
 * definition used: see lib/charter/calendar.ts). Nothing an older charter holds is renamed or
 * dropped, so no migration is needed, and a copy of the handbook from before the change still
 * reads, and keeps, everything a newer one writes.
 */
export const charterDataSchema = v.looseObject({
  /** The name people gave the charter; empty means "use the partners' names". */
  title: titleSchema,
  values: valuesSchema,
  /** Saved versions, oldest first. */
  revisions: v.pipe(v.array(revisionSchema), v.maxLength(MAX_REVISIONS, `A charter keeps at most ${MAX_REVISIONS} revisions.`)),
  /** The partner's version last received through a link or file (absent until one is). */
  partner: v.optional(partnerVersionSchema),
  /** The first meeting's time and zone for the calendar file (absent until set). */
  calendar: v.optional(calendarSettingsSchema),
  /**
   * Which of the two this copy belongs to, as the person said when sharing it, or as the link they
   * saved it from implied ("both" when the two keep one browser). It decides whose checklists My
   * mentoring lists. Absent until known; kept in this browser only, never shared or merged.
   */
  me: v.optional(v.picklist(['mentor', 'mentee', 'both'])),
  /** The last link sent to the partner (absent until one is): whether they have seen the text as it is now. */
  sent: v.optional(sentSchema),
  /** When the two agreed the text, and which text (absent until they do); a later change leaves it as a record. */
  agreed: v.optional(agreementSchema),
});
/** Which of the two a charter copy belongs to (see `me`). */
export type CharterSide = NonNullable<CharterData['me']>;
export type CharterData = v.InferOutput<typeof charterDataSchema>;
export type CharterDoc = Envelope<CharterData>;

export const charterDocType: DocType<CharterData> = {
  type: 'charter',
  label: 'Charter',
  plural: 'Charters',
  version: 1,
  schema: charterDataSchema,
  migrations: {},
  describe: (doc, t) => doc.data.title.trim() || t('common.untitledCharter'),
};
