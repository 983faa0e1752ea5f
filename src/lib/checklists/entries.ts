/**
 * Which reflection entry is which: a checklist's journal, today's entry, and how far an entry has
 * got. Pure. Apart from ./due.ts, so that a checklist's page carries none of the due dates' code.
 */
import type { ReflectionData } from '../docs/reflection-doc';
import type { Checklist } from './schema';

interface EntryLike {
  id: string;
  createdAt: string;
  updatedAt: string;
  data: Pick<ReflectionData, 'checklistId' | 'date'>;
}

/** A checklist's entries, newest day first (and, within a day, the latest made first). */
export function journal<E extends EntryLike>(all: readonly E[], checklistId: string): E[] {
  return all.filter((e) => e.data.checklistId === checklistId).sort((a, b) => b.data.date.localeCompare(a.data.date) || b.createdAt.localeCompare(a.createdAt));
}

/**
 * Today's entry for a checklist. Where there are several for the day (a deleted entry put back
 * after a new one was started, or two tabs that each started one), all stay in the journal; the
 * one carrying on is `current` (the one this page is writing to) if it is among them, else the
 * one changed last.
 */
export function todaysEntry<E extends EntryLike>(all: readonly E[], checklistId: string, day: string, current?: string | null): E | undefined {
  const todays = all.filter((e) => e.data.checklistId === checklistId && e.data.date === day);
  return todays.find((e) => e.id === current) ?? [...todays].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id))[0];
}

/** A new, empty entry for a checklist on a day. */
export function newEntry(checklist: { id: string; title: string }, day: string): ReflectionData {
  return { checklistId: checklist.id, checklistTitle: checklist.title.slice(0, 200), date: day, ticks: {}, notes: {} };
}

export interface Progress {
  ticked: number;
  ticks: number;
  answered: number;
  prompts: number;
  /** 0–100 over ticks and prompts together. */
  percent: number;
}

/** How many of a checklist's items an entry has ticked or answered. */
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
