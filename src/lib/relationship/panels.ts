/**
 * "Where are we, and what is next?": one panel per relationship (a charter), and one for documents
 * linked to no charter. Pure: built from the stored documents and today's date.
 */
import type { AssessmentDoc } from '../docs/assessment-doc';
import type { CharterDoc, CharterSide, Goal } from '../docs/charter-doc';
import type { ReflectionDoc } from '../docs/reflection-doc';
import type { SessionDoc } from '../docs/session-doc';
import { localDate } from '../dates';
import { roleKey } from '../charter/definition';
import type { CharterDefinition } from '../charter/schema';
import { completeness, displayTitle, goalsValue, roleText } from '../charter/values';
import { handover, handoverWords, partnerName } from '../charter/handover';
import type { Translate } from '../i18n/messages';
import type { ScheduledChecklist } from '../checklists/checklist';
import { daysBetween } from '../checklists/due';
import { relationshipDue, type RelationshipDue } from '../checklists/relationship-due';
import type { Rhythm } from './schedule';
import { canFallDue, entriesForPair, pairDates, pairKeys } from './pair-dates';
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
  /** Which of the two this copy belongs to, if known: `due` then lists only that person's checklists and the pair's. */
  me?: CharterSide | undefined;
  written: { filled: number; total: number };
  /** Where the charter stands between the two ("Waiting for Jo’s reply…"), from this copy's side. */
  handover?: string | undefined;
  lastRevision?: { savedAt: string; note: string } | undefined;
  review?: { date: string; inDays: number } | undefined;
  /** The agreed end, if the charter sets one. */
  end?: { date: string; inDays: number } | undefined;
  rhythm?: Rhythm | undefined;
  /** Where the rhythm comes from: the charter, or the programme's default when the charter does not say. */
  rhythmFrom?: 'charter' | 'programme' | undefined;
  /** The charter says "every few weeks" without a usable number of weeks. */
  weeksMissing?: boolean | undefined;
  /** The first meeting date, when the charter gives one. */
  first?: string | undefined;
  /** The agreed end date has passed: no sessions are scheduled, and only the end-of-relationship list is due. */
  ended: boolean;
  /** Sessions are scheduled, but none is left before the agreed end. */
  noMoreSessions: boolean;
  previous?: PanelSession | null | undefined;
  next?: PanelSession | null | undefined;
  /** The date "Log a session" gives a new record: the session it follows (see `PairDates.logDate`). */
  logDate: string;
  due: { checklist: Pick<ScheduledChecklist, 'id' | 'title' | 'when'>; status: RelationshipDue }[];
  goals: { owner: 'mentee' | 'mentor'; goal: Goal; history: GoalHistory }[];
  sessions: SessionDoc[];
  openActions: OpenAction[];
  assessments: AssessmentDoc[];
  reflections: ReflectionDoc[];
}

export interface PanelInputs {
  /** The page's `t()`: the words a panel carries (where the charter stands, its title when linked to no charter) are in its language. */
  t: Translate;
  def: CharterDefinition;
  charters: readonly CharterDoc[];
  assessments: readonly AssessmentDoc[];
  reflections: readonly ReflectionDoc[];
  sessions: readonly SessionDoc[];
  checklists: readonly Pick<ScheduledChecklist, 'id' | 'title' | 'when' | 'repeat' | 'audience'>[];
  /** The programme's default rhythm, for pairs whose charter does not say. */
  programRhythm?: Rhythm | null | undefined;
  now: Date;
  /** The reader's time zone (the browser's, unless a test says). */
  timeZone?: string | undefined;
}

function panelFor(inp: PanelInputs, c: CharterDoc | null, docs: { a: AssessmentDoc[]; r: ReflectionDoc[]; s: SessionDoc[] }, today: string): Panel {
  const { def, t } = inp;
  const values = c?.data.values ?? {};
  const v = (role: Parameters<typeof roleText>[2]) => roleText(def, values, role);
  const pd = c
    ? pairDates(c, pairKeys(def), { loggedSessions: docs.s.map((s) => s.data.date), now: inp.now, timeZone: inp.timeZone, programRhythm: inp.programRhythm })
    : undefined;
  const rhythm = pd?.rhythm ?? inp.programRhythm ?? undefined;
  const { previous = null, next = null, ended = false } = pd ?? {};
  const due = pd
    ? inp.checklists
        .filter((checklist) => canFallDue(pd, checklist.when) && isFor(checklist, c?.data.me))
        .map((checklist) => ({
          checklist,
          status: relationshipDue(
            checklist,
            entriesForPair(inp.reflections, c!.id, inp.charters.length)
              .filter((e) => e.data.checklistId === checklist.id)
              .map((e) => e.data.date),
            today,
            pd.dates,
          ),
        }))
    : [];
  const goals = (['mentee', 'mentor'] as const).flatMap((owner) => {
    const key = roleKey(def, owner === 'mentee' ? 'mentee-goals' : 'mentor-goals');
    return key ? goalsValue(values, key).filter((g) => g.text.trim()).map((goal) => ({ owner, goal, history: goalHistory(docs.s, goal.id) })) : [];
  });
  const lastRevision = c?.data.revisions.at(-1);
  return {
    id: c?.id ?? null,
    title: c ? displayTitle(def, c.data, t) : t('mentoring.panel.loose'),
    charter: c ?? undefined,
    names: { mentor: v('mentor-name'), mentee: v('mentee-name') },
    me: c?.data.me,
    written: c ? completeness(def, values) : { filled: 0, total: 0 },
    handover: c ? handoverWords(handover(c.data), partnerName(c.data, { mentor: v('mentor-name'), mentee: v('mentee-name') }, t), t).text : undefined,
    lastRevision: lastRevision ? { savedAt: lastRevision.savedAt, note: lastRevision.note } : undefined,
    review: pd?.review ? { date: pd.review, inDays: daysBetween(today, pd.review) } : undefined,
    end: pd?.end ? { date: pd.end, inDays: daysBetween(today, pd.end) } : undefined,
    rhythm,
    rhythmFrom: pd?.own ? 'charter' : rhythm ? 'programme' : undefined,
    weeksMissing: pd?.weeksMissing ?? false,
    first: pd?.first,
    ended,
    noMoreSessions: pd?.noMoreSessions ?? false,
    previous,
    next,
    logDate: pd?.logDate ?? today,
    due: sortDue(due.filter((d) => d.status.state !== 'none')),
    goals,
    sessions: [...docs.s].sort((a, b) => b.data.date.localeCompare(a.data.date) || b.createdAt.localeCompare(a.createdAt)),
    openActions: openActions(docs.s),
    assessments: [...docs.a],
    reflections: [...docs.r],
  };
}

/** A checklist is this person's when it is for their side (or when we do not know whose copy this is, or they share one). */
const isFor = (checklist: Pick<ScheduledChecklist, 'audience'>, me: CharterSide | undefined): boolean => !me || me === 'both' || checklist.audience.includes(me);

const DUE_ORDER: Record<RelationshipDue['state'], number> = { overdue: 0, due: 1, upcoming: 2, done: 3, none: 4 };
const dueDate = (s: RelationshipDue): string => (s.state === 'done' ? s.last : s.state === 'none' ? '' : s.dueOn);

/** What is due first: overdue, then due, then coming up, then done, each by date (earliest first). */
function sortDue<T extends { status: RelationshipDue }>(list: T[]): T[] {
  return [...list].sort((a, b) => DUE_ORDER[a.status.state] - DUE_ORDER[b.status.state] || dueDate(a.status).localeCompare(dueDate(b.status)));
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
