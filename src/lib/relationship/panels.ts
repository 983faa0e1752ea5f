/**
 * "Where are we, and what is next?": one panel per relationship (a charter), and one for documents
 * linked to no charter. Pure: built from the stored documents and today's date.
 */
import type { AssessmentDoc } from '../docs/assessment-doc';
import type { CharterDoc, Goal } from '../docs/charter-doc';
import type { ReflectionDoc } from '../docs/reflection-doc';
import type { SessionDoc } from '../docs/session-doc';
import { localDate } from '../dates';
import { roleKey } from '../charter/definition';
import { calendarSettings } from '../charter/calendar';
import type { CharterDefinition } from '../charter/schema';
import { completeness, displayTitle, goalsValue, roleText } from '../charter/values';
import type { ScheduledChecklist } from '../checklists/checklist';
import { daysBetween } from '../checklists/due';
import { relationshipDue, type RelationshipDue } from '../checklists/relationship-due';
import { nearestSessions, rhythmOf, rhythmWeeks, type Rhythm, type Schedule } from './schedule';
import { goalHistory, openActions, type GoalHistory, type OpenAction } from './sessions';

export interface PanelSession {
  /** The reader's calendar date. */
  date: string;
  /** When it starts, if the charter says. */
  at?: number | undefined;
}

export interface Panel {
  /** The charter's id, or null for documents linked to none. */
  id: string | null;
  title: string;
  charter?: CharterDoc | undefined;
  names: { mentor: string; mentee: string };
  written: { filled: number; total: number };
  lastRevision?: { savedAt: string; note: string } | undefined;
  review?: { date: string; inDays: number } | undefined;
  /** The agreed end, if the charter sets one. */
  end?: { date: string; inDays: number } | undefined;
  rhythm?: Rhythm | undefined;
  previous?: PanelSession | null | undefined;
  next?: PanelSession | null | undefined;
  due: { checklist: Pick<ScheduledChecklist, 'id' | 'title' | 'when'>; status: RelationshipDue }[];
  goals: { owner: 'mentee' | 'mentor'; goal: Goal; history: GoalHistory }[];
  sessions: SessionDoc[];
  openActions: OpenAction[];
  assessments: AssessmentDoc[];
  reflections: ReflectionDoc[];
}

export interface PanelInputs {
  def: CharterDefinition;
  charters: readonly CharterDoc[];
  assessments: readonly AssessmentDoc[];
  reflections: readonly ReflectionDoc[];
  sessions: readonly SessionDoc[];
  checklists: readonly Pick<ScheduledChecklist, 'id' | 'title' | 'when' | 'repeat'>[];
  /** The programme's default rhythm, for pairs whose charter does not say. */
  programRhythm?: Rhythm | null | undefined;
  now: Date;
  /** The reader's time zone (the browser's, unless a test says). */
  timeZone?: string | undefined;
}

const real = (s: string): string | undefined => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined);

/** The charter's session schedule, if it gives a first meeting date and a rhythm. */
export function scheduleOf(def: CharterDefinition, c: CharterDoc): Schedule | null {
  const v = (role: Parameters<typeof roleText>[2]) => roleText(def, c.data.values, role);
  const rhythm = rhythmOf(v('cadence'), v('cadence-weeks'));
  const first = real(v('first-meeting-date'));
  if (!rhythm || !first) return null;
  // The first meeting's time and zone are kept with the calendar settings (older charters: in their values).
  const cal = calendarSettings(c.data, '');
  return { first, rhythm, time: cal.time || undefined, timeZone: cal.timeZone || undefined, until: real(v('end-date')) };
}

function panelFor(inp: PanelInputs, c: CharterDoc | null, docs: { a: AssessmentDoc[]; r: ReflectionDoc[]; s: SessionDoc[] }, today: string): Panel {
  const { def } = inp;
  const values = c?.data.values ?? {};
  const v = (role: Parameters<typeof roleText>[2]) => roleText(def, values, role);
  const schedule = c ? scheduleOf(def, c) : null;
  const rhythm = schedule?.rhythm ?? (c ? rhythmOf(v('cadence'), v('cadence-weeks')) : null) ?? inp.programRhythm ?? undefined;
  const near = schedule ? nearestSessions(schedule, today, inp.now.getTime()) : { previous: null, next: null };
  const local = (s: { date: string; at?: number | undefined } | null): PanelSession | null =>
    s ? { date: s.at !== undefined ? localDate(new Date(s.at), inp.timeZone) : s.date, ...(s.at !== undefined ? { at: s.at } : {}) } : null;
  const previous = local(near.previous);
  const next = local(near.next);
  // A session logged since the last scheduled one counts as the last session held.
  const lastLogged = [...docs.s].map((s) => s.data.date).filter((d) => d <= today).sort().at(-1);
  const lastHeld = [previous?.date, lastLogged].filter((d): d is string => !!d).sort().at(-1);
  const review = real(v('review-date'));
  const start = real(v('start-date')) ?? c?.createdAt.slice(0, 10);
  const due = inp.checklists.map((checklist) => ({
    checklist,
    status: relationshipDue(
      checklist,
      docs.r.filter((e) => e.data.checklistId === checklist.id).map((e) => e.data.date),
      today,
      // The review date is not an end: the end-of-relationship list follows the agreed end date.
      { previousSession: lastHeld ?? null, nextSession: next?.date ?? null, start, end: real(v('end-date')), rhythmWeeks: rhythm ? rhythmWeeks(rhythm) : undefined },
    ),
  }));
  const goals = (['mentee', 'mentor'] as const).flatMap((owner) => {
    const key = roleKey(def, owner === 'mentee' ? 'mentee-goals' : 'mentor-goals');
    return key ? goalsValue(values, key).filter((g) => g.text.trim()).map((goal) => ({ owner, goal, history: goalHistory(docs.s, goal.id) })) : [];
  });
  const lastRevision = c?.data.revisions.at(-1);
  return {
    id: c?.id ?? null,
    title: c ? displayTitle(def, c.data) : 'Not linked to a charter',
    charter: c ?? undefined,
    names: { mentor: v('mentor-name'), mentee: v('mentee-name') },
    written: c ? completeness(def, values) : { filled: 0, total: 0 },
    lastRevision: lastRevision ? { savedAt: lastRevision.savedAt, note: lastRevision.note } : undefined,
    review: review ? { date: review, inDays: daysBetween(today, review) } : undefined,
    end: real(v('end-date')) ? { date: real(v('end-date'))!, inDays: daysBetween(today, real(v('end-date'))!) } : undefined,
    rhythm,
    previous,
    next,
    due: c ? due.filter((d) => d.status.state !== 'none') : [],
    goals,
    sessions: [...docs.s].sort((a, b) => b.data.date.localeCompare(a.data.date) || b.createdAt.localeCompare(a.createdAt)),
    openActions: openActions(docs.s),
    assessments: [...docs.a],
    reflections: [...docs.r],
  };
}

/**
 * One panel per charter, most recently changed first, then one for documents linked to no
 * charter (or to one no longer here), if there are any.
 */
export function panels(inp: PanelInputs): Panel[] {
  const today = localDate(inp.now, inp.timeZone);
  const ids = new Set(inp.charters.map((c) => c.id));
  const linked = <T extends { data: { charterId?: string | undefined } }>(list: readonly T[], id: string | null) =>
    list.filter((d) => (id === null ? !d.data.charterId || !ids.has(d.data.charterId) : d.data.charterId === id));
  const out = [...inp.charters]
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .map((c) => panelFor(inp, c, { a: linked(inp.assessments, c.id), r: linked(inp.reflections, c.id), s: linked(inp.sessions, c.id) }, today));
  const loose = { a: linked(inp.assessments, null), r: linked(inp.reflections, null), s: linked(inp.sessions, null) };
  if (loose.a.length || loose.r.length || loose.s.length) out.push(panelFor(inp, null, loose, today));
  return out;
}
