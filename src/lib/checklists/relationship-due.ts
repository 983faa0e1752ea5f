/**
 * Due dates for a relationship's checklists: from its session dates, its start and agreed end, and
 * its rhythm. Pure; kept apart from ./due.ts so the checklist pages do not carry it.
 */
import type { ScheduledChecklist } from './checklist';
import { addDays, daysBetween } from './due';

/**
 * How many weeks between two uses of a checklist: session checklists, and any set to follow the
 * meeting cadence (`repeatEveryWeeks: cadence`), follow the pair's rhythm (from their charter, else
 * the programme's default cadence); others, and any without a rhythm, their own `repeatEveryWeeks`.
 */
export function intervalWeeks(checklist: Pick<ScheduledChecklist, 'when' | 'repeat'>, rhythmWeeks?: number): number | undefined {
  const followsRhythm = checklist.when === 'before-session' || checklist.when === 'after-session' || checklist.repeat?.cadence;
  if (followsRhythm && rhythmWeeks) return rhythmWeeks;
  return checklist.repeat?.weeks;
}

/** What a relationship's dates say about one checklist. */
export type RelationshipDue =
  | { state: 'due'; dueOn: string }
  | { state: 'overdue'; dueOn: string; daysOver: number }
  | { state: 'upcoming'; dueOn: string; inDays: number }
  | { state: 'done'; last: string }
  | { state: 'none' };

export interface RelationshipDates {
  /** The reader's calendar dates of the last session (up to today) and the next one. */
  previousSession?: string | null | undefined;
  nextSession?: string | null | undefined;
  /** The last session held before the next one (on the next session's day, the one before it). */
  sessionBefore?: string | null | undefined;
  /** When the relationship started, and when it is agreed to end (or be reviewed for ending). */
  start?: string | undefined;
  end?: string | undefined;
  /** The mid-point review: the charter's date for it, else halfway between the start and the agreed end. */
  midPoint?: string | undefined;
  /** Weeks between sessions, when there is no schedule of dates (charter rhythm, else programme cadence). */
  rhythmWeeks?: number | undefined;
}

/** One week's grace before "overdue", as for checklists on their own. */
const GRACE = 7;

/**
 * Is a checklist due for a relationship? Before-session and after-session lists follow the
 * session dates (an entry made from the day after the last session up to the next session's day
 * clears the before-session list, before or after that session is logged); monthly and quarterly
 * ones count their own interval in weeks from the start (calendar months when they give none), and
 * nothing is due before the start; the end-of-
 * relationship list falls due two weeks before the agreed end and is overdue only after it; the
 * mid-point list falls due a week before the mid-point and is done by an entry from a month before it.
 * Without those dates, the rhythm or the checklist's own interval decides from the last entry; a
 * session list with neither a session nor an entry is not due (nothing is due before the event).
 */
export function relationshipDue(
  checklist: Pick<ScheduledChecklist, 'when' | 'repeat'>,
  entryDates: readonly string[],
  today: string,
  d: RelationshipDates,
): RelationshipDue {
  const last = [...entryDates].sort().at(-1);
  const doneSince = (from: string) => entryDates.some((e) => e >= from && e <= today);
  const owed = (dueOn: string): RelationshipDue => {
    const over = daysBetween(dueOn, today);
    return over > GRACE ? { state: 'overdue', dueOn, daysOver: over } : { state: 'due', dueOn };
  };
  switch (checklist.when) {
    case 'before-session':
      if (d.nextSession) {
        // The session before the next one: a session logged on the next one's day is that session itself.
        const prior = [d.sessionBefore, d.previousSession].filter((x): x is string => !!x && x < d.nextSession!).sort().at(-1);
        const from = prior ? addDays(prior, 1) : addDays(d.nextSession, -7 * (d.rhythmWeeks ?? 2));
        if (entryDates.some((e) => e >= from && e <= d.nextSession!)) return { state: 'done', last: last! };
        const inDays = daysBetween(today, d.nextSession);
        return inDays <= GRACE ? { state: 'due', dueOn: d.nextSession } : { state: 'upcoming', dueOn: d.nextSession, inDays };
      }
      break;
    case 'after-session':
      if (d.previousSession) return doneSince(d.previousSession) ? { state: 'done', last: last! } : owed(d.previousSession);
      if (d.nextSession) return { state: 'upcoming', dueOn: d.nextSession, inDays: daysBetween(today, d.nextSession) };
      break;
    case 'monthly':
    case 'quarterly':
      if (d.start) {
        // The checklist's own interval, as its card says ("every four weeks"), counted from the start;
        // without one, calendar months (one, or three for a quarter).
        const weeks = checklist.repeat && !checklist.repeat.cadence ? checklist.repeat.weeks : undefined;
        const step = checklist.when === 'monthly' ? 1 : 3;
        const nth = (k: number) => (weeks ? addDays(d.start!, k * weeks * 7) : addMonths(d.start!, k * step));
        // Nothing is due before the relationship starts, nor after its agreed end.
        const ahead = (on: string): RelationshipDue => (d.end && on > d.end ? { state: 'none' } : { state: 'upcoming', dueOn: on, inDays: daysBetween(today, on) });
        if (d.start > today) return ahead(nth(1));
        let k = 1;
        while (nth(k + 1) <= today) k++;
        const periodDue = nth(k);
        if (periodDue > today) return ahead(periodDue);
        if (doneSince(periodDue)) {
          const next = nth(k + 1);
          return last && last >= periodDue ? { state: 'done', last } : ahead(next);
        }
        return owed(periodDue);
      }
      break;
    case 'mid-point':
      if (d.midPoint) {
        if (entryDates.some((e) => e >= addDays(d.midPoint!, -30) && e <= today)) return { state: 'done', last: last! };
        const from = addDays(d.midPoint, -7);
        if (today < from) return { state: 'upcoming', dueOn: d.midPoint, inDays: daysBetween(today, d.midPoint) };
        return today <= d.midPoint ? { state: 'due', dueOn: d.midPoint } : owed(d.midPoint);
      }
      return { state: 'none' };
    case 'end':
      if (d.end) {
        const from = addDays(d.end, -14);
        if (entryDates.some((e) => e >= addDays(d.end!, -30))) return { state: 'done', last: last! };
        if (today < from) return { state: 'upcoming', dueOn: from, inDays: daysBetween(today, from) };
        // Due in the last two weeks; overdue only once the end has passed.
        return today <= d.end ? { state: 'due', dueOn: from } : { state: 'overdue', dueOn: d.end, daysOver: daysBetween(d.end, today) };
      }
      return { state: 'none' };
  }
  const weeks = intervalWeeks(checklist, d.rhythmWeeks);
  if (!weeks) return last ? { state: 'done', last } : { state: 'none' };
  if (!last) {
    if (checklist.when === 'before-session' || checklist.when === 'after-session') return { state: 'none' };
    return d.start && d.start > today ? { state: 'upcoming', dueOn: d.start, inDays: daysBetween(today, d.start) } : { state: 'due', dueOn: today };
  }
  const dueOn = addDays(last, weeks * 7);
  return dueOn > today ? { state: 'done', last } : owed(dueOn);
}

/** Add calendar months, keeping the day of the month where it exists (31 January + 1 month = 28 or 29 February). */
export function addMonths(ymd: string, n: number): string {
  const [y, m, day] = ymd.split('-').map(Number) as [number, number, number];
  const idx = y * 12 + (m - 1) + n;
  const year = Math.floor(idx / 12);
  const month = (idx % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}
