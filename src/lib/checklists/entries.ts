/**
 * Which reflection entry is which: a checklist's journal, and today's entry. Pure.
 */
import type { ReflectionData } from '../docs/reflection-doc';

interface EntryLike {
  id: string;
  createdAt: string;
  data: Pick<ReflectionData, 'checklistId' | 'date'>;
}

/** A checklist's entries, newest day first (and, within a day, the latest made first). */
export function journal<E extends EntryLike>(all: readonly E[], checklistId: string): E[] {
  return all.filter((e) => e.data.checklistId === checklistId).sort((a, b) => b.data.date.localeCompare(a.data.date) || b.createdAt.localeCompare(a.createdAt));
}

/**
 * Today's entry for a checklist: the first one made for that day (if two tabs each started one,
 * both stay in the journal, and the first is the one that carries on).
 */
export function todaysEntry<E extends EntryLike>(all: readonly E[], checklistId: string, day: string): E | undefined {
  return all
    .filter((e) => e.data.checklistId === checklistId && e.data.date === day)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))[0];
}

/** A new, empty entry for a checklist on a day. */
export function newEntry(checklist: { id: string; title: string }, day: string): ReflectionData {
  return { checklistId: checklist.id, checklistTitle: checklist.title.slice(0, 200), date: day, ticks: {}, notes: {} };
}
