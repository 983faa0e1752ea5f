/**
 * A relationship's dates, read from its charter: the rhythm, the sessions either side of today, the
 * start and the agreed end. My mentoring's panels and a checklist's due notice both read them from
 * here, so the two always agree on what is due. Pure; the charter's fields are found by key, so a
 * page can pass the keys without the charter's definition.
 */
import type { CharterDoc } from '../docs/charter-doc';
import { localDate } from '../dates';
import { roleKey } from '../charter/definition';
import { calendarSettings } from '../charter/calendar';
import type { CharterDefinition } from '../charter/schema';
import type { RelationshipDates } from '../checklists/relationship-due';
import { addDays, daysBetween } from '../checklists/due';
import { isRealDate } from '../charter/real-dates';
import { nearestSessions, rhythmOf, rhythmWeeks, sessionDays, type Rhythm, type Schedule } from './schedule';

/** Where a charter keeps the fields its dates come from (keys of its values). */
export interface PairKeys {
  cadence?: string | undefined;
  cadenceWeeks?: string | undefined;
  firstMeeting?: string | undefined;
  start?: string | undefined;
  end?: string | undefined;
  review?: string | undefined;
  midPoint?: string | undefined;
}

/** The keys, with the programme's default rhythm for pairs whose charter does not say: what a checklist page is given. */
export interface PairSettings extends PairKeys {
  programRhythm?: Rhythm | null | undefined;
}

/** The keys of the fields with the date and rhythm roles, in a charter definition. */
export function pairKeys(def: CharterDefinition): PairKeys {
  return {
    cadence: roleKey(def, 'cadence'),
    cadenceWeeks: roleKey(def, 'cadence-weeks'),
    firstMeeting: roleKey(def, 'first-meeting-date'),
    start: roleKey(def, 'start-date'),
    end: roleKey(def, 'end-date'),
    review: roleKey(def, 'review-date'),
    midPoint: roleKey(def, 'mid-point-date'),
  };
}

const text = (c: CharterDoc, key: string | undefined): string => {
  const v = key ? c.data.values[key] : undefined;
  return typeof v === 'string' ? v.trim() : '';
};
/** A date the charter accepts (a real day, 1900–2200), else nothing: My mentoring never works from a date the charter flags. */
const date = (s: string): string | undefined => (isRealDate(s) ? s : undefined);

/**
 * The mid-point review: the charter's date for it when it falls after the start and before the end
 * (as the charter requires), else the day halfway between an agreed start and end (rounded down).
 * A start the pair never wrote (the day the charter was made) sets no mid-point.
 */
export function midPoint(own: string | undefined, start: string | undefined, end: string | undefined): string | undefined {
  if (own && (!start || own > start) && (!end || own < end)) return own;
  return start && end && end > start ? addDays(start, Math.floor(daysBetween(start, end) / 2)) : undefined;
}

/** The charter's session schedule, if it gives a first meeting date and a rhythm. */
export function pairSchedule(c: CharterDoc, keys: PairKeys): Schedule | null {
  const rhythm = rhythmOf(text(c, keys.cadence), text(c, keys.cadenceWeeks));
  const first = date(text(c, keys.firstMeeting));
  if (!rhythm || !first) return null;
  // The first meeting's time and zone are kept with the calendar settings (older charters: in their values).
  const cal = calendarSettings(c.data, '');
  return { first, rhythm, time: cal.time || undefined, timeZone: cal.timeZone || undefined, until: date(text(c, keys.end)) };
}

export interface PairDates {
  /** The rhythm the charter agrees, if it says. */
  own: Rhythm | null;
  /** That, else the programme's default. */
  rhythm: Rhythm | undefined;
  /** The charter chose "every few weeks" without a usable number. */
  weeksMissing: boolean;
  first: string | undefined;
  review: string | undefined;
  end: string | undefined;
  /** The agreed end has passed. */
  ended: boolean;
  /** The charter schedules sessions, but none is left before the agreed end. */
  noMoreSessions: boolean;
  /** The scheduled sessions either side of now, on the reader's calendar. */
  previous: { date: string; at?: number } | null;
  next: { date: string; at?: number } | null;
  /**
   * The date a new session record takes: the session it follows. That is the latest session held,
   * scheduled or logged, up to today (today's, when one is scheduled today, whatever the hour),
   * else today. When a record is kept for that date, "Log a session" opens it.
   */
  logDate: string;
  /** What the due dates of its checklists are worked out from. */
  dates: RelationshipDates;
}

export interface PairContext {
  /** Dates of the sessions logged for the relationship. */
  loggedSessions: readonly string[];
  now: Date;
  /** The reader's time zone (the browser's, unless a test says). */
  timeZone?: string | undefined;
  /** The programme's default rhythm, for pairs whose charter does not say. */
  programRhythm?: Rhythm | null | undefined;
}

/** A relationship's dates, as of `now`, in the reader's own day. */
export function pairDates(c: CharterDoc, keys: PairKeys, ctx: PairContext): PairDates {
  const today = localDate(ctx.now, ctx.timeZone);
  const schedule = pairSchedule(c, keys);
  const own = schedule?.rhythm ?? rhythmOf(text(c, keys.cadence), text(c, keys.cadenceWeeks));
  const rhythm = own ?? ctx.programRhythm ?? undefined;
  const near = schedule ? nearestSessions(schedule, today, ctx.now.getTime()) : { previous: null, next: null };
  const local = (s: { date: string; at?: number | undefined } | null) =>
    s ? { date: s.at !== undefined ? localDate(new Date(s.at), ctx.timeZone) : s.date, ...(s.at !== undefined ? { at: s.at } : {}) } : null;
  const previous = local(near.previous);
  const next = local(near.next);
  // The sessions by the reader's date, whatever the hour: a session day stays that session's all day.
  const days = schedule ? sessionDays(schedule, today, (x) => local(x)!.date) : { before: null, on: null, after: null };
  const target = days.on ?? days.after;
  const logged = ctx.loggedSessions.filter((d) => d <= today);
  const latest = (list: (string | null | undefined)[]) => list.filter((d): d is string => !!d).sort().at(-1);
  // A session logged since the last scheduled one counts as the last session held.
  const lastHeld = latest([previous?.date, ...logged]);
  const end = date(text(c, keys.end));
  const first = date(text(c, keys.firstMeeting));
  // A relationship starts on its start date, else at its first meeting.
  const agreedStart = date(text(c, keys.start)) ?? first;
  const start = agreedStart ?? c.createdAt.slice(0, 10);
  return {
    own,
    rhythm,
    weeksMissing: text(c, keys.cadence) === 'every-n-weeks' && !own,
    first,
    review: date(text(c, keys.review)),
    end,
    ended: !!end && end < today,
    noMoreSessions: !!schedule && !next,
    previous,
    next,
    logDate: latest([days.on ?? days.before, ...logged]) ?? today,
    dates: {
      previousSession: lastHeld ?? null,
      nextSession: target ?? null,
      sessionBefore: latest([days.before, ...logged.filter((d) => !target || d < target)]) ?? null,
      start,
      // The review date is not an end: the end-of-relationship list follows the agreed end date.
      end,
      midPoint: midPoint(date(text(c, keys.midPoint)), agreedStart, end),
      rhythmWeeks: rhythm ? rhythmWeeks(rhythm) : undefined,
    },
  };
}

/** Before- and after-session lists follow the sessions. */
export const followsSessions = (when: string): boolean => when === 'before-session' || when === 'after-session';

/**
 * Whether a checklist can fall due for the relationship at all: once the agreed end has passed,
 * only the end-of-relationship list; with no session left before the end, no before-session list.
 */
export function canFallDue(pd: Pick<PairDates, 'ended' | 'noMoreSessions'>, when: string): boolean {
  // Raising a concern or pausing is nobody's schedule: never due, never on the panel.
  if (when === 'when-needed') return false;
  if (pd.ended) return when === 'end';
  return !(pd.noMoreSessions && when === 'before-session');
}

/**
 * A checklist's entries kept for a relationship: those linked to its charter and, when it is the
 * only charter in this browser, those linked to none.
 */
export function entriesForPair<E extends { data: { charterId?: string | undefined } }>(entries: readonly E[], charterId: string, charterCount: number): E[] {
  return entries.filter((e) => e.data.charterId === charterId || (charterCount === 1 && !e.data.charterId));
}
