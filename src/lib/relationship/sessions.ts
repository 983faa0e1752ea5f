/**
 * A relationship's sessions: the actions still open (they carry forward to the next session), how
 * each goal has moved, and a new session record. Pure.
 */
import type { Action, GoalNote, Progress, SessionData } from '../docs/session-doc';

interface SessionLike {
  id: string;
  createdAt: string;
  data: Pick<SessionData, 'date' | 'actions' | 'goals' | 'charterId'>;
}

/** Sessions oldest first (by date, then by when the record was made). */
export const byDate = <S extends SessionLike>(list: readonly S[]): S[] => [...list].sort((a, b) => a.data.date.localeCompare(b.data.date) || a.createdAt.localeCompare(b.createdAt));

export interface OpenAction {
  sessionId: string;
  /** The session it was agreed in. */
  date: string;
  action: Action;
}

/** Every action not yet done, oldest first. */
export function openActions(list: readonly SessionLike[]): OpenAction[] {
  return byDate(list).flatMap((s) => s.data.actions.filter((a) => !a.done && a.text.trim()).map((action) => ({ sessionId: s.id, date: s.data.date, action })));
}

/**
 * The open actions a session record shows as carried forward: those of the relationship's other
 * records on or before its date (two records of one day show each other's), never its own.
 */
export function carriedInto(list: readonly SessionLike[], session: SessionLike): OpenAction[] {
  return openActions(list.filter((s) => s.id !== session.id && s.data.charterId === session.data.charterId && s.data.date <= session.data.date));
}

export interface GoalHistory {
  /** The latest word on the goal: moved, done or stuck; undefined if no session has noted it. */
  latest: Progress | undefined;
  /** Each session that noted it, oldest first. */
  notes: { date: string; progress: Progress; note: string }[];
}

/** How a goal has moved, session by session. */
export function goalHistory(list: readonly SessionLike[], goalId: string): GoalHistory {
  const notes = byDate(list).flatMap((s) => s.data.goals.filter((g: GoalNote) => g.goalId === goalId).map((g) => ({ date: s.data.date, progress: g.progress, note: g.note })));
  return { latest: notes.at(-1)?.progress, notes };
}

/** A new, empty session record for a relationship on a date. */
export function newSession(date: string, charterId?: string): SessionData {
  return { ...(charterId ? { charterId } : {}), date, discussed: '', goals: [], actions: [], privateNote: '' };
}

/** Set (or clear, with null) how a session moved a goal. */
export function setGoalProgress(data: SessionData, goalId: string, progress: Progress | null, note?: string): SessionData {
  const others = data.goals.filter((g) => g.goalId !== goalId);
  if (progress === null) return { ...data, goals: others };
  const before = data.goals.find((g) => g.goalId === goalId);
  return { ...data, goals: [...others, { goalId, progress, note: note ?? before?.note ?? '' }] };
}

/** Mark an action done (or, with `done` false, open again) in the session that agreed it. */
export const markActionDone = (data: SessionData, actionId: string, done = true): SessionData => ({ ...data, actions: data.actions.map((a) => (a.id === actionId ? { ...a, done } : a)) });

/** An action taken out of a record, with where it stood, so that Undo puts it back in its place. */
export interface Removed {
  action: Action;
  index: number;
}

/** Take an action out of a record; `removed` is null when it is no longer there. */
export function removeAction(data: SessionData, actionId: string): { data: SessionData; removed: Removed | null } {
  const index = data.actions.findIndex((a) => a.id === actionId);
  if (index < 0) return { data, removed: null };
  return { data: { ...data, actions: data.actions.filter((a) => a.id !== actionId) }, removed: { action: data.actions[index]!, index } };
}

/** Put a removed action back where it stood (or last, if the list has shrunk); never twice. */
export function restoreAction(data: SessionData, removed: Removed): SessionData {
  if (data.actions.some((a) => a.id === removed.action.id)) return data;
  const actions = [...data.actions];
  actions.splice(Math.min(removed.index, actions.length), 0, removed.action);
  return { ...data, actions };
}

/**
 * Put back how a session moved a goal, as it was before "Not this time" cleared it (its note
 * included); never over a choice made since.
 */
export function restoreGoalNote(data: SessionData, note: GoalNote): SessionData {
  if (data.goals.some((g) => g.goalId === note.goalId)) return data;
  return { ...data, goals: [...data.goals, note] };
}

/**
 * The record already kept among a relationship's sessions for a date, if any (the newest, should there be
 * two), so that logging a session twice opens the first record rather than making an empty twin.
 */
export function sessionOn<S extends SessionLike>(relationshipSessions: readonly S[], date: string): S | undefined {
  return byDate(relationshipSessions.filter((s) => s.data.date === date)).at(-1);
}
