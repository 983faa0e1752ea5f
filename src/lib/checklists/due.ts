/**
 * Calendar arithmetic for reflection checklists: the person's local date, and when a recurring
 * checklist is next due. Dates are calendar days (YYYY-MM-DD) in the person's own time zone, so a
 * month's end or a time zone never shifts a due date by a day. How far an entry has got is in ./entries.ts.
 */
export { localDate } from '../dates';

const DAY = 86_400_000;

const toDays = (ymd: string): number => {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY;
};
const fromDays = (days: number): string => new Date(days * DAY).toISOString().slice(0, 10);

export const addDays = (ymd: string, n: number): string => fromDays(toDays(ymd) + n);
export const daysBetween = (from: string, to: string): number => toDays(to) - toDays(from);

export type DueStatus =
  | { state: 'never'; recurring: boolean }
  | { state: 'one-off-done'; last: string }
  | { state: 'not-due'; last: string; dueOn: string; inDays: number }
  | { state: 'due'; last: string; dueOn: string }
  | { state: 'overdue'; last: string; dueOn: string; daysOver: number };

/** Is a checklist due, given the date of its latest entry and today's local date? */
export function dueStatus(checklist: { repeat?: { weeks: number } | undefined }, last: string | undefined, today: string): DueStatus {
  const weeks = checklist.repeat?.weeks;
  if (!last) return { state: 'never', recurring: !!weeks };
  if (!weeks) return { state: 'one-off-done', last };
  const dueOn = addDays(last, weeks * 7);
  const diff = daysBetween(today, dueOn);
  if (diff > 0) return { state: 'not-due', last, dueOn, inDays: diff };
  // A grace of one week before "overdue", so the note stays gentle.
  if (diff > -7) return { state: 'due', last, dueOn };
  return { state: 'overdue', last, dueOn, daysOver: -diff };
}
