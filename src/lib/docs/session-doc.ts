import * as v from 'valibot';
import { calendarDateSchema } from '../dates';
import { docIdSchema, type DocType, type Envelope } from '../storage/envelope';

/** The longest text in a session record's free-text fields. */
export const MAX_TEXT_CHARS = 20_000;
/** The longest action or goal note. */
export const MAX_LINE_CHARS = 1_000;

const text = (max: number, what: string) => v.pipe(v.string(), v.maxLength(max, `${what} can hold at most ${max.toLocaleString('en-GB')} characters.`));

/** How a session moved one of the charter's goals. */
export const PROGRESS = ['moved', 'done', 'stuck'] as const;
export type Progress = (typeof PROGRESS)[number];

export const goalNoteSchema = v.looseObject({
  /** The goal's id in the charter (goals keep their ids). */
  goalId: v.pipe(v.string(), v.maxLength(64)),
  progress: v.picklist(PROGRESS),
  note: text(MAX_LINE_CHARS, 'A note on a goal'),
});

export const actionSchema = v.looseObject({
  id: docIdSchema,
  /** Who does it. */
  who: v.picklist(['mentor', 'mentee']),
  text: text(MAX_LINE_CHARS, 'An action'),
  done: v.boolean(),
});

export const sessionDataSchema = v.looseObject({
  /** The relationship (charter) it belongs to, if any. */
  charterId: v.optional(v.pipe(v.string(), v.maxLength(64))),
  /** The day of the session, in the pair's calendar. */
  date: calendarDateSchema,
  /** What was discussed. */
  discussed: text(MAX_TEXT_CHARS, 'What was discussed'),
  /** Which of the charter's goals this session moved, and how. */
  goals: v.pipe(v.array(goalNoteSchema), v.maxLength(100, 'A session can note at most 100 goals.')),
  /** What each of the two will do; open ones carry forward to the next session. */
  actions: v.pipe(v.array(actionSchema), v.maxLength(100, 'A session can hold at most 100 actions.')),
  /** A note only for the person writing it (it is never shared). */
  privateNote: text(MAX_TEXT_CHARS, 'The private note'),
});
export type SessionData = v.InferOutput<typeof sessionDataSchema>;
export type SessionDoc = Envelope<SessionData>;
export type Action = v.InferOutput<typeof actionSchema>;
export type GoalNote = v.InferOutput<typeof goalNoteSchema>;

export const sessionDocType: DocType<SessionData> = {
  type: 'session',
  label: 'Session record',
  plural: 'Session records',
  version: 1,
  schema: sessionDataSchema,
  migrations: {},
  describe: (doc, t) => t('data.describe.session', { date: t.date(doc.data.date) }),
};
