/**
 * When a pair meets: the series of sessions their charter agrees (first meeting date and time,
 * time zone, rhythm), the same series the calendar export describes. Pure. Dates are calendar days
 * (YYYY-MM-DD); an instant is added when the charter gives a time and a valid time zone.
 */
import { calendarParts, isCalendarDate } from '../dates';
import { isTimeZone, zonedToUtc } from '../timezone';
import type { Translate } from '../i18n/messages';

/** How often a pair meets. */
export type Rhythm = { kind: 'weekly' } | { kind: 'fortnightly' } | { kind: 'monthly' } | { kind: 'every-n-weeks'; weeks: number };

/** The rhythm a cadence value names ("fortnightly", or "every-n-weeks" with a number of weeks), if any. */
export function rhythmOf(cadence: string | undefined, everyWeeks?: number | string): Rhythm | null {
  if (cadence === 'weekly') return { kind: 'weekly' };
  if (cadence === 'fortnightly') return { kind: 'fortnightly' };
  if (cadence === 'monthly') return { kind: 'monthly' };
  const n = Number(everyWeeks);
  if (cadence === 'every-n-weeks' && Number.isInteger(n) && n >= 1 && n <= 52) return { kind: 'every-n-weeks', weeks: n };
  return null;
}

/** Roughly how many weeks between sessions (a month counts as four). */
export function rhythmWeeks(r: Rhythm): number {
  switch (r.kind) {
    case 'weekly':
      return 1;
    case 'fortnightly':
      return 2;
    case 'monthly':
      return 4;
    case 'every-n-weeks':
      return r.weeks;
  }
}

/** The monthly rhythm's day, by which of the month's weekdays it is (the fifth counts as the last). */
const MONTHLY_ON = ['mentoring.rhythm.monthlyOn.first', 'mentoring.rhythm.monthlyOn.second', 'mentoring.rhythm.monthlyOn.third', 'mentoring.rhythm.monthlyOn.fourth', 'mentoring.rhythm.monthlyOn.last'] as const;

/**
 * The rhythm in words ("every two weeks"). Given the first meeting, a monthly rhythm names its day
 * ("every month, on the last Saturday"), since monthly sessions keep the weekday, not the date.
 */
export function describeRhythm(t: Translate, r: Rhythm, first?: string): string {
  switch (r.kind) {
    case 'weekly':
      return t('mentoring.rhythm.weekly');
    case 'fortnightly':
      return t('mentoring.rhythm.fortnightly');
    case 'monthly': {
      const p = first ? calendarParts(first) : null;
      if (!p) return t('mentoring.rhythm.monthly');
      const day = new Date(Date.UTC(p.year, p.month - 1, p.day));
      const weekday = new Intl.DateTimeFormat(t.lang, { weekday: 'long', timeZone: 'UTC' }).format(day);
      return t(MONTHLY_ON[Math.min(5, Math.ceil(p.day / 7)) - 1]!, { weekday });
    }
    case 'every-n-weeks':
      return r.weeks === 1 ? t('mentoring.rhythm.weekly') : r.weeks === 2 ? t('mentoring.rhythm.fortnightly') : t('mentoring.rhythm.everyWeeks', { count: r.weeks });
  }
}

const DAY = 86_400_000;
const toDays = (ymd: string): number => {
  const p = calendarParts(ymd)!;
  return Date.UTC(p.year, p.month - 1, p.day) / DAY;
};
const fromDays = (days: number): string => new Date(days * DAY).toISOString().slice(0, 10);

/** The n-th weekday ("second Tuesday", or the last one for a fifth) of a month, as the calendar file's RRULE has it. */
function nthWeekdayOfMonth(year: number, month: number, weekday: number, nth: number): string {
  if (nth >= 5) {
    const last = new Date(Date.UTC(year, month, 0));
    const back = (last.getUTCDay() - weekday + 7) % 7;
    return fromDays(last.getTime() / DAY - back);
  }
  const first = new Date(Date.UTC(year, month - 1, 1));
  const ahead = (weekday - first.getUTCDay() + 7) % 7;
  return fromDays(first.getTime() / DAY + ahead + (nth - 1) * 7);
}

/** The i-th session date (0 is the first meeting). */
export function sessionDate(first: string, rhythm: Rhythm, i: number): string {
  if (rhythm.kind !== 'monthly') return fromDays(toDays(first) + i * 7 * rhythmWeeks(rhythm));
  const p = calendarParts(first)!;
  const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  const nth = Math.ceil(p.day / 7);
  const monthIndex = p.year * 12 + (p.month - 1) + i;
  return i === 0 ? first : nthWeekdayOfMonth(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, weekday, nth);
}

export interface Schedule {
  /** The first meeting's date, in the charter's time zone. */
  first: string;
  rhythm: Rhythm;
  /** HH:MM in `timeZone`, when the charter says. */
  time?: string | undefined;
  timeZone?: string | undefined;
  /** No sessions after this date (the agreed end), if set. */
  until?: string | undefined;
}

export interface Session {
  /** The session's date in the charter's time zone. */
  date: string;
  /** When it starts, if the charter gives a time and a valid zone. */
  at?: number | undefined;
}

export function sessionAt(s: Schedule, date: string): Session {
  const at = s.time && /^([01]\d|2[0-3]):[0-5]\d$/.test(s.time) && s.timeZone && isTimeZone(s.timeZone) ? zonedToUtc(s.timeZone, date, s.time) : undefined;
  return { date, ...(at === undefined ? {} : { at }) };
}

/**
 * The scheduled sessions from one before `today` (the reader's calendar date) up to the agreed end,
 * or all of them once the end has passed; at most a few thousand.
 */
function* around(s: Schedule, today: string): Generator<Session> {
  if (!isCalendarDate(s.first) || !isCalendarDate(today)) return;
  const until = s.until && isCalendarDate(s.until) ? s.until : '9999-12-31';
  // Start a little before today (the estimate runs ahead for monthly rhythms), then step forward.
  let i = Math.max(0, Math.floor((toDays(today) - toDays(s.first)) / (7 * rhythmWeeks(s.rhythm))) - 2);
  if (sessionDate(s.first, s.rhythm, i) > until) i = 0;
  while (i > 0 && sessionDate(s.first, s.rhythm, i) >= fromDays(toDays(today) - 1)) i--;
  for (const stop = i + 3000; i < stop; i++) {
    const date = sessionDate(s.first, s.rhythm, i);
    if (date > until) return;
    yield sessionAt(s, date);
  }
}

/**
 * The session on or after `today` (the reader's calendar date) and the one before it. A session
 * with a time counts as upcoming until it has started (`now`); one without a time, all day.
 */
export function nearestSessions(s: Schedule, today: string, now?: number): { previous: Session | null; next: Session | null } {
  let previous: Session | null = null;
  for (const session of around(s, today)) {
    if (session.at !== undefined && now !== undefined ? session.at >= now : session.date >= today) return { previous, next: session };
    previous = session;
  }
  return { previous, next: null };
}

/**
 * The scheduled sessions by the reader's calendar date (`localOf` gives a session's date there),
 * whatever the hour: the last one before `today`, the one on `today`, and the first after it.
 */
export function sessionDays(s: Schedule, today: string, localOf: (x: Session) => string): { before: string | null; on: string | null; after: string | null } {
  const out = { before: null as string | null, on: null as string | null, after: null as string | null };
  for (const session of around(s, today)) {
    const d = localOf(session);
    if (d > today) return { ...out, after: d };
    out[d < today ? 'before' : 'on'] = d;
  }
  return out;
}

export { addDays, daysBetween } from '../checklists/due';
export { addMonths } from '../checklists/relationship-due';
