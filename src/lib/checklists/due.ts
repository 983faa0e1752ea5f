/**
 * Calendar arithmetic for reflection checklists: the person's local date, when a recurring
 * checklist is next due, and how far an entry has got. Dates are calendar days (YYYY-MM-DD) in the
 * person's own time zone, so a month's end or a time zone never shifts a due date by a day.
 */
import type { Checklist } from './schema';
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

export interface Progress {
  ticked: number;
  ticks: number;
  answered: number;
  prompts: number;
  /** 0–100 over ticks and prompts together. */
  percent: number;
}

export function entryProgress(checklist: Pick<Checklist, 'sections'>, entry: { ticks: Record<string, boolean>; notes: Record<string, string> }): Progress {
  let ticks = 0;
  let ticked = 0;
  let prompts = 0;
  let answered = 0;
  for (const s of checklist.sections) {
    for (const item of s.items) {
      if (item.kind === 'tick') {
        ticks++;
        if (entry.ticks[item.id]) ticked++;
      } else {
        prompts++;
        if (entry.notes[item.id]?.trim()) answered++;
      }
    }
  }
  const total = ticks + prompts;
  return { ticked, ticks, answered, prompts, percent: total ? Math.round(((ticked + answered) / total) * 100) : 0 };
}

