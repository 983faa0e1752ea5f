/**
 * Which reflection entry is which: a checklist's journal, and today's entry. Pure.
 */
import type { ReflectionData } from '../docs/reflection-doc';

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
